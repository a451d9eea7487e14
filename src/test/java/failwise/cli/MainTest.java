package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** The production wiring of {@link Main}: what a user sees for a usage mistake. */
class MainTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.configure(new CommandLine(new FailwiseCommand()))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aMistypedCommandGetsItsLineASuggestionAndWhereTheHelpIs() {
        String[] run = run("evalute", "site.json");
        assertThat(run[0]).isEqualTo("2");
        assertThat(run[1]).isEmpty();
        assertThat(run[2]).isEqualTo("Unmatched arguments from index 0: 'evalute', 'site.json'\n"
                + "Did you mean: failwise evaluate?\n"
                + "Try `failwise --help` for its options and examples.\n");
    }

    @Test
    void aMissingOptionNamesTheCommandWhoseHelpToRead() {
        String[] run = run("explain", "site.json");
        assertThat(run[0]).isEqualTo("2");
        assertThat(run[2]).isEqualTo("Missing required option: '--request=ID'\n"
                + "Try `failwise explain --help` for its options and examples.\n");
    }
}
