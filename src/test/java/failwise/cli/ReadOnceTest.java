package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command reads each fact file once, through the loader, and makes its changed copies from what it read: the
 * file here is a named pipe that gives its text only once, so a second read would wait forever.
 */
class ReadOnceTest {
    private static final Path SEED = Path.of("test-facts/coexistence/x6-seed-edited-document-breaks-free-busy-when-new-primary-down.json");

    @TempDir
    Path dir;

    @Test
    void explainWithWhyNotReadsTheFileOnce() throws Exception {
        Cli run = onPipe(pipe -> Cli.run("explain", pipe, "--request", "freebusy", "--why-not"));
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Why not another outcome than FAILS");
    }

    @Test
    void reportWithSweepAndWhyNotsReadsTheFileOnce() throws Exception {
        Path html = dir.resolve("report.html");
        Cli run = onPipe(pipe -> Cli.run("report", pipe, "--sweep", "--html", html.toString()));
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(Files.readString(html)).contains("why not");
    }

    @Test
    void sweepAndWhatIfReadTheFileOnce() throws Exception {
        Cli sweep = onPipe(pipe -> Cli.run("sweep", pipe));
        assertThat(sweep.code()).as(sweep.toString()).isZero();
        Cli whatIf = onPipe(pipe -> Cli.run("evaluate", pipe, "--set", "DominoB/Acme.state=UP"));
        assertThat(whatIf.code()).as(whatIf.toString()).isZero();
        assertThat(whatIf.out()).contains("with DominoB/Acme.state=UP");
    }

    /** Runs {@code command} on a fresh named pipe that is written once with the seed case's text. */
    private Cli onPipe(Command command) throws Exception {
        Path pipe = dir.resolve("pipe-" + System.nanoTime() + ".json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "named pipes need mkfifo");
        byte[] text = Files.readAllBytes(SEED);
        List<Throwable> failed = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(text);
            } catch (IOException e) {
                failed.add(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> command.run(pipe.toString()),
                "the command read the file a second time");
        writer.join(1000);
        assertThat(failed).isEmpty();
        return run;
    }

    private interface Command {
        Cli run(String pipe) throws Exception;
    }
}
