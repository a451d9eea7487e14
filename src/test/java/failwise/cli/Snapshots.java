package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden output files for command-line tests, kept in {@code src/test/resources/snapshots/}: a test compares what a
 * command printed with its file. After a change that is meant to change output (a rule moved, a sentence
 * reworded), regenerate them all with the one command {@value #REGENERATE} and review the diff before committing.
 */
final class Snapshots {
    static final String REGENERATE = "mvn -B test -Dfuzz.skip -Dsnapshots.update=true";
    private static final Path DIR = Path.of("src/test/resources/snapshots");

    private Snapshots() {
    }

    /** Asserts {@code actual} equals the snapshot {@code name}, or writes it when regenerating. */
    static void check(String name, String actual) {
        Path file = DIR.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("snapshots.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual);
                return;
            }
            if (!Files.exists(file)) {
                fail("no snapshot " + file + " yet; write it with: " + REGENERATE);
            }
            assertThat(actual).as("the snapshot %s (if the change is meant, regenerate with: %s)", file, REGENERATE)
                    .isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
