package failwise;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.batch.BatchRun;
import failwise.batch.FactFiles;
import failwise.engine.RuleBase;
import failwise.engine.RuleFile;
import failwise.engine.RuleSource;
import failwise.verify.CaseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden cases are strict enough to notice a pack that derives with plain {@code insert}: such a pack keeps
 * conclusions whose conditions stopped holding (a decision taken before a refusal was known, a document order before
 * the last visibility), which the cases' {@code only} entries reject as conclusions nobody listed.
 */
class GoldenCasesCatchPlainInsertTest {

    @Test
    void aPackThatDerivesWithPlainInsertFailsTheGoldenCases() throws Exception {
        List<RuleFile> pack = RuleSource.directory(Path.of("rules")).files();
        List<RuleFile> plain = pack.stream().map(f -> new RuleFile(f.displayPath(), f.relativePath(),
                f.text().replace("insertLogical(", "insert("))).toList();
        assertThat(plain).isNotEqualTo(pack);

        List<Path> files = FactFiles.under(List.of(Path.of("test-facts")));
        List<CaseResult> results = new ArrayList<>();
        new BatchRun(RuleBase.compile(plain), 2).run(files, results::add);

        List<String> failed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (results.get(i).status() != CaseResult.Status.PASS) {
                failed.add(files.get(i).getParent().getFileName() + "/" + files.get(i).getFileName());
            }
        }
        // Cases of failover, coexistence and Readers behaviour alike notice it.
        assertThat(failed).anyMatch(f -> f.startsWith("failover/")).anyMatch(f -> f.startsWith("coexistence/"))
                .anyMatch(f -> f.startsWith("readers/"));
    }
}
