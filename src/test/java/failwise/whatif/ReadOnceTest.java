package failwise.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fact file is read once, through the loader: changed copies, why-nots and sweeps are made from the tree the
 * loader kept, so they work on a file that is gone by then, and a file read without its tree cannot be forked.
 */
class ReadOnceTest {
    private static final Path SEED =
            Path.of("test-facts/coexistence/x6-seed-edited-document-breaks-free-busy-when-new-primary-down.json");

    @Test
    void forksWhyNotsAndSweepsComeFromWhatTheLoaderReadNotFromTheFileAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        Files.copy(SEED, file);
        FactLoader loader = new FactLoader().keepingTrees();
        LoadResult loaded = loader.load(file);
        Files.delete(file);

        FactTree facts = FactTree.of(loaded, loader).tree();
        assertThat(facts).isNotNull();
        LoadResult fork = facts.fork(new ChangeParser().parseAll(List.of("DominoB/Acme.state=UP")));
        assertThat(fork.ok()).as(fork.problems().toString()).isTrue();
        RuleBase rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
        assertThat(new WhyNot(rules).explain(facts, "freebusy")).isNotEmpty();
        assertThat(new Sweep(rules, 1).run(facts, 1).scenarios()).isPositive();
    }

    @Test
    void aFileLoadedWithoutItsTreeCannotBeForkedByReadingItAgain() {
        FactLoader plain = new FactLoader();
        LoadResult loaded = plain.load(SEED);
        assertThat(loaded.ok()).isTrue();
        assertThat(loaded.tree()).isNull();
        assertThatThrownBy(() -> FactTree.of(loaded, plain)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keepingTrees");
    }
}
