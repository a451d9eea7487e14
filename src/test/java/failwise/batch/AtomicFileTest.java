package failwise.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report replaces its target whole, keeps the target's mode, and never replaces what is not a regular file. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private static void write(Path target, String text) throws IOException {
        try (AtomicFile file = AtomicFile.open(target)) {
            file.writer().print(text);
            file.commit();
        }
    }

    @Test
    void anExistingReportKeepsItsMode() throws IOException {
        Path target = Files.writeString(dir.resolve("private.xml"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        write(target, "new");

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aNewReportGetsTheModeAnyNewFileGetsThere() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));

        write(dir.resolve("new.xml"), "text");

        assertThat(Files.getPosixFilePermissions(dir.resolve("new.xml"))).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aTargetThatIsNotARegularFileIsRefusedAndLeftAsItIs() throws Exception {
        Path pipe = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Path folder = Files.createDirectory(dir.resolve("folder.xml"));

        assertThatThrownBy(() -> write(pipe, "text")).isInstanceOf(IOException.class)
                .hasMessage("expected a regular file, found a named pipe (FIFO)");
        assertThatThrownBy(() -> write(folder, "text")).isInstanceOf(IOException.class)
                .hasMessage("expected a regular file, found a directory");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pipe", "folder.xml");
        }
    }
}
