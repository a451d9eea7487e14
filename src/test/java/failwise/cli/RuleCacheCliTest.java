package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A consultant edits a rule between two runs: the second run must follow the edit, cache or not. */
class RuleCacheCliTest {
    private static final String RULE = "package t\nimport failwise.model.Server\nimport failwise.model.Finding\n"
            + "rule \"A down server is reported\"\n  @behaviour(\"F1\") @says(\"{$n} is down\")\nwhen\n"
            + "  Server( $n : name, state == \"DOWN\" )\nthen\n"
            + "  insertLogical(new Finding(\"SERVER_IS_DOWN\", $n, \"%s\", \"down\"));\nend\n";

    @TempDir
    Path dir;

    private String previous;

    @BeforeEach
    void useATemporaryCache() {
        previous = System.getProperty("failwise.cache.dir");
        System.setProperty("failwise.cache.dir", dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("failwise.cache.dir");
        } else {
            System.setProperty("failwise.cache.dir", previous);
        }
    }

    @Test
    void aCacheFolderOthersCanWriteIsSaidOnceAndTheRunStillAnswers() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path facts = dir.resolve("site.json");
        Files.writeString(facts, "{\"servers\": [{\"name\": \"Mail1/Acme\", \"state\": \"DOWN\"}]}");
        Files.writeString(rules.resolve("a.drl"), RULE.formatted("WARNING"));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.setPosixFilePermissions(cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));

        Cli run = Cli.run("--rules", rules.toString(), "evaluate", facts.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("SERVER_IS_DOWN Mail1/Acme WARNING");
        assertThat(run.err()).isEqualTo("failwise: warning: not using the compiled-rules cache in " + cache
                + ": it can be written by others (mode rwxrwxrwx); compiling the rules afresh\n");
        assertThat(entries()).isZero();
    }

    @Test
    void anEditedRuleTakesEffectOnTheNextRun() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path facts = dir.resolve("site.json");
        Files.writeString(facts, "{\"servers\": [{\"name\": \"Mail1/Acme\", \"state\": \"DOWN\"}]}");
        Files.writeString(rules.resolve("a.drl"), RULE.formatted("WARNING"));

        Cli first = Cli.run("--rules", rules.toString(), "evaluate", facts.toString());
        Cli again = Cli.run("--rules", rules.toString(), "evaluate", facts.toString());
        assertThat(first.out()).as(first.toString()).contains("SERVER_IS_DOWN Mail1/Acme WARNING");
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(entries()).isEqualTo(1);

        Files.writeString(rules.resolve("a.drl"), RULE.formatted("ERROR"));
        Cli edited = Cli.run("--rules", rules.toString(), "evaluate", facts.toString());
        assertThat(edited.out()).as(edited.toString()).contains("SERVER_IS_DOWN Mail1/Acme ERROR")
                .doesNotContain("WARNING");
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void noCacheCompilesWithoutTouchingTheCache() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path facts = dir.resolve("site.json");
        Files.writeString(facts, "{\"servers\": [{\"name\": \"Mail1/Acme\", \"state\": \"DOWN\"}]}");
        Files.writeString(rules.resolve("a.drl"), RULE.formatted("INFO"));
        Cli run = Cli.run("--rules", rules.toString(), "--no-cache", "evaluate", facts.toString());
        assertThat(run.out()).as(run.toString()).contains("SERVER_IS_DOWN Mail1/Acme INFO");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    private long entries() throws Exception {
        try (Stream<Path> list = Files.list(dir.resolve("cache"))) {
            return list.filter(p -> p.toString().endsWith(".kbase")).count();
        }
    }
}
