package failwise.cli;

import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text of a fact file reaches the terminal as text: no forged lines, no escape sequences, in every command. */
class TerminalTextTest {
    private static final String FILE = "src/test/resources/hostile/control-characters-in-names.json";

    private static void onlyText(Cli run) {
        assertThat(run.out() + run.err()).as(run.toString()).doesNotContain("\u001b").doesNotContain("\r")
                .doesNotContain("\b");
        assertThat(run.out().lines()).as(run.toString()).noneMatch(line -> line.startsWith("FailoverDecision forged")
                || line.startsWith("PASS forged"));
    }

    @Test
    void evaluateExplainAndBatchPrintControlCharactersEscaped() {
        Cli evaluate = Cli.run("--rules", RULES, "evaluate", "--explain", FILE);
        Cli explain = Cli.run("--rules", RULES, "explain", FILE, "--request", "open\rmail\b");
        Cli batch = Cli.run("--rules", RULES, "batch", FILE);

        for (Cli run : List.of(evaluate, explain, batch)) {
            onlyText(run);
        }
        assertThat(evaluate.code()).as(evaluate.toString()).isZero();
        assertThat(evaluate.out()).startsWith(FILE + "  Busy home server\\nPASS forged/line.json\\u001b[31m in red\n")
                .contains("served by Mail2/Acme\\u001b[31m");
        assertThat(batch.out()).startsWith("UNCHECKED " + FILE + "\n");
    }

    @Test
    void escapingLeavesTabsAndLineBreaksBetweenLinesAlone() {
        assertThat(TerminalText.escape("a\tb\nc", false)).isEqualTo("a\tb\nc");
        assertThat(TerminalText.escape("a\tb\nc", true)).isEqualTo("a\tb\\nc");
        assertThat(TerminalText.escape("\u001b[31mred\u009b\u007f\r", false)).isEqualTo("\\u001b[31mred\\u009b\\u007f\\r");
        assertThat(TerminalText.escape("Mail1/Acme → Mail2 └─", true)).isEqualTo("Mail1/Acme → Mail2 └─");
    }
}
