package failwise.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import failwise.engine.RuleFile;
import failwise.engine.RuleSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lints run on files the compiler rejects too, so no cut or splice of DRL text may make them fail. */
class RuleLintRobustnessTest {

    @Test
    void everyPrefixAndSuffixOfEveryPackFileIsScannedWithoutFailing() throws Exception {
        for (RuleFile f : RuleSource.directory(Path.of("rules")).files()) {
            String text = f.text();
            for (int cut = 0; cut <= text.length(); cut += Math.max(1, text.length() / 97)) {
                for (String part : List.of(text.substring(0, cut), text.substring(cut))) {
                    RuleFile piece = new RuleFile(f.displayPath(), f.relativePath(), part);
                    assertThatCode(() -> new RuleLint(List.of(piece)).findings()).as(f.displayPath() + " cut at "
                            + cut).doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void unterminatedStringsAndCommentsEndTheScanQuietly() {
        for (String text : List.of("rule \"open", "rule \"a\" when then System.out.", "/* rule \"x\"", "rule",
                "rule 'x' @says(\"\\", "function f() {", "declare X", "rule \"x\" when $s : Server(")) {
            RuleFile f = new RuleFile("t.drl", "t.drl", text);
            assertThatCode(() -> new RuleLint(List.of(f)).findings()).as(text).doesNotThrowAnyException();
        }
        assertThat(new RuleLint(List.of(new RuleFile("t.drl", "t.drl", "/* rule \"x\" */"))).ruleCount()).isZero();
    }
}
