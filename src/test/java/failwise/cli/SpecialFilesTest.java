package failwise.cli;

import static failwise.cli.Cli.FACTS;
import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fact paths that are not plain files or readable folders: refused at once, one line each, the rest evaluated. */
class SpecialFilesTest {
    private static final String GOOD = FACTS + "busy-home-server.json";

    @TempDir
    Path dir;

    /** Makes a named pipe, or skips the test where mkfifo is missing. */
    static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            return path;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return path;
    }

    @Test
    void aNamedPipeGivenAsAFactFileIsRefusedAtOnceByEvaluateAndBatch() throws Exception {
        Path pipe = fifo(dir.resolve("pipe.json"));

        // A hang guard, not a benchmark: reading a pipe nobody writes to would block for ever.
        Cli evaluate = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("--rules", RULES, "evaluate", pipe.toString(), GOOD));
        Cli batch = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("--rules", RULES, "batch", pipe.toString(), GOOD));

        assertThat(evaluate.code()).as(evaluate.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(evaluate.err()).isEqualTo(pipe + ": io: /: expected a regular file, found a named pipe (FIFO)\n");
        assertThat(evaluate.out()).startsWith(GOOD + "  Busy home server");
        assertThat(batch.code()).as(batch.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(batch.out()).startsWith("ERROR " + pipe + "\n  " + pipe
                + ": io: /: expected a regular file, found a named pipe (FIFO)\nPASS " + GOOD + "\n");
    }

    @Test
    void aDeviceGivenAsAFactFileIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");

        Cli run = Cli.run("--rules", RULES, "evaluate", zero.toString(), GOOD);

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("/dev/zero: io: /: expected a regular file, found a character device\n");
    }

    @Test
    void anUnreadableSubfolderIsOneErrorLineAndEverythingElseIsEvaluated() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any folder");
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.copy(Path.of(GOOD), cases.resolve("a-good.json"));
        Path locked = Files.createDirectory(cases.resolve("b-locked"));
        Files.copy(Path.of(GOOD), locked.resolve("hidden.json"));
        Files.copy(Path.of(GOOD), cases.resolve("c-good.json"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Cli run = Cli.run("--rules", RULES, "batch", cases.toString());

            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).as(run.toString()).isEqualTo("PASS " + cases.resolve("a-good.json") + "\n"
                    + "ERROR " + locked + "\n  " + locked + ": io: /: cannot list the folder: permission denied\n"
                    + "PASS " + cases.resolve("c-good.json") + "\n"
                    + "2 passed, 0 failed, 1 errors\n");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aSubfolderThatCannotBeListedEvenByRootIsOneErrorLineAndEverythingElseIsEvaluated() throws Exception {
        // A folder nested deeper than a path may be long (PATH_MAX, 4096 bytes) cannot be read by anyone, root
        // included. Made by moving shallow chains of folders into one another, each move within the limit.
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.copy(Path.of(GOOD), cases.resolve("a-good.json"));
        Files.copy(Path.of(GOOD), cases.resolve("c-good.json"));
        Path deep = cases.resolve("b-deep");
        Path first = chain(deep);
        Path second = chain(dir.resolve("second"));
        chain(dir.resolve("third"));
        Files.move(dir.resolve("third"), second.resolve("e"));
        Files.move(dir.resolve("second"), first.resolve("f"));
        try {
            Cli run = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> Cli.run("--rules", RULES, "batch", cases.toString()));

            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            List<String> lines = run.out().lines().toList();
            assertThat(lines).as(run.toString()).hasSize(5);
            assertThat(lines.get(0)).isEqualTo("PASS " + cases.resolve("a-good.json"));
            assertThat(lines.get(1)).startsWith("ERROR " + first.resolve("f"));
            assertThat(lines.get(2)).startsWith("  " + first.resolve("f")).endsWith(": file name too long");
            assertThat(lines.get(3)).isEqualTo("PASS " + cases.resolve("c-good.json"));
            assertThat(lines.get(4)).isEqualTo("2 passed, 0 failed, 1 errors");
        } finally {
            // Undone the same way, so that the temporary folder can be deleted.
            Files.move(first.resolve("f"), dir.resolve("second"));
            Files.move(second.resolve("e"), dir.resolve("third"));
        }
    }

    /** {@code root/d/d/.../d}, 800 levels: 1,600 characters below root. */
    private static Path chain(Path root) throws IOException {
        return Files.createDirectories(root.resolve(String.join("/", java.util.Collections.nCopies(800, "d"))));
    }
}
