package failwise;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.cli.FailwiseCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Keeps the README's example true: its fact file is the bundled one, its explanation what failwise prints. */
class ReadmeTest {
    private static final String EXAMPLE =
            "test-facts/failover/f1-busy-mail-server-sends-a-mail-open-to-its-cluster-mate.yaml";

    @Test
    void theExampleFactFileIsTheOneInTestFacts() throws IOException {
        assertThat(block("example-facts")).isEqualTo(Files.readString(Path.of(EXAMPLE)));
    }

    @Test
    void theExampleExplanationIsWhatExplainPrints() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new FailwiseCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute("--rules", "rules", "explain", EXAMPLE, "--request", "open-mail");

        assertThat(code).isZero();
        assertThat(block("example-explain")).isEqualTo(out.toString());
    }

    /** The fenced block that follows {@code <!-- marker -->} in README.md, without its fences. */
    private static String block(String marker) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("<!-- " + marker + " -->");
        assertThat(at).as("README.md has the marker " + marker).isNotNegative();
        int open = readme.indexOf('\n', readme.indexOf("```", at)) + 1;
        int close = readme.indexOf("\n```", open);
        return readme.substring(open, close + 1);
    }
}
