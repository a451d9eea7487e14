package failwise.cli;

import static failwise.cli.Cli.FACTS;
import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files that are not plain UTF-8: an encoding mistake is located; a byte order mark is accepted. */
class RuleEncodingTest {
    private static final String GOOD = FACTS + "busy-home-server.json";

    @TempDir
    Path rules;

    @Test
    void aRuleFileThatIsNotUtf8IsReportedAtTheByteThatIsNot() throws Exception {
        Path file = rules.resolve("latin1.drl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("package t\n\n// caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9); // é in ISO-8859-1
        bytes.write(" au lait\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(file, bytes.toByteArray());

        Cli evaluate = Cli.run("--rules", rules.toString(), "evaluate", GOOD);
        Cli check = Cli.run("--rules", rules.toString(), "check");

        String line = file + ":3:7: rule-encoding: expected UTF-8 text, found the byte 0xE9; save the file as UTF-8";
        assertThat(evaluate.code()).as(evaluate.toString()).isEqualTo(ExitCodes.RULES);
        assertThat(evaluate.err()).isEqualTo(line + "\n");
        assertThat(check.code()).as(check.toString()).isEqualTo(ExitCodes.RULES);
        assertThat(check.err()).isEqualTo(line + "\n");
    }

    @Test
    void aRuleFileWithAByteOrderMarkCompiles() throws Exception {
        String text = Files.readString(Path.of(RULES, "failover.drl"));
        Files.writeString(rules.resolve("failover.drl"), "\uFEFF" + text, StandardCharsets.UTF_8);

        Cli run = Cli.run("--rules", rules.toString(), "evaluate", GOOD);

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
