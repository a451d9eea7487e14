package failwise.cli;

import static failwise.cli.Cli.FACTS;
import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code batch --out} and {@code report --html} write: never over a device or a pipe, and with honest modes. */
class OutputTargetTest {
    private static final String GOOD = FACTS + "busy-home-server.json";

    @TempDir
    Path dir;

    @Test
    void aTargetThatIsNotARegularFileIsOneLineAndIsLeftAsItIs() throws Exception {
        Path pipe = SpecialFilesTest.fifo(dir.resolve("report.xml"));

        Cli batch = Cli.run("--rules", RULES, "batch", "--out", pipe.toString(), GOOD);
        Cli report = Cli.run("--rules", RULES, "report", GOOD, "--html", pipe.toString());

        assertThat(batch.code()).as(batch.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(batch.err()).startsWith("--out `" + pipe + "`: cannot write there: expected a regular file, found "
                + "a named pipe (FIFO)\n");
        assertThat(report.code()).as(report.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(report.err()).isEqualTo("failwise: cannot write `" + pipe + "`: expected a regular file, found a "
                + "named pipe (FIFO)\n");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
    }

    @Test
    void aNewReportHonoursTheUmask() throws Exception {
        // The umask belongs to the process, so a fresh JVM is started under umask 077, as a user would run failwise.
        Path out = dir.resolve("report.xml");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("sh", "-c", "umask 077 && exec \"$0\" \"$@\"", java, "-XX:-UsePerfData",
                "-Dfailwise.cache.dir=" + System.getProperty("failwise.cache.dir", "target/rule-cache"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--rules", RULES, "batch", "--out", out.toString(), GOOD)
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended within two minutes").isTrue();

        assertThat(process.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }
}
