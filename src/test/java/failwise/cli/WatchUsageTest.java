package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of {@code failwise watch} that end without a Ctrl-C: help, and rules that cannot start it. */
class WatchUsageTest {

    @Test
    void rulesThatDoNotCompileAtTheStartArePrintedAndExitThree(@TempDir Path rules) throws Exception {
        Path broken = rules.resolve("broken.drl");
        Files.writeString(broken, "package t\nimport failwise.model.Server\nrule \"Broken\"\nwhen\n"
                + "  Server( name == \"a\"\nthen\nend\n");
        Cli run = Cli.run("--rules", rules.toString(), "watch", Cli.FACTS + "busy-home-server.json");
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(broken + ":6:1: rule-syntax: mismatched input 'then' in rule \"Broken\"\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpTeachesWhatTheChangeLinesMean() {
        Cli run = Cli.run("watch", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: failwise watch").contains("--rules=DIR").contains("FILE...")
                .contains("no change in conclusions").contains("last good rules").contains("Examples:");
    }

    @Test
    void watchNeedsAtLeastOneFactFile() {
        Cli run = Cli.run("watch");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter");
    }
}
