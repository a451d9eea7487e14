package failwise.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A report file written whole or not at all: the text goes to a temporary file in the target's folder, which is
 * moved onto the target in one atomic step on {@link #commit()}, so a reader (a CI server, a watcher) never sees
 * half a report; closing without committing deletes the temporary file.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final PrintWriter writer;
    private boolean committed;

    private AtomicFile(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.writer = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
    }

    /** Starts writing {@code target}; fails when its folder does not exist or cannot be written. */
    public static AtomicFile open(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        // Same folder as the target: a move across file systems could not be atomic.
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                // A temporary file is private to its owner; a report is not, it is for whoever reads the folder.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            return new AtomicFile(target, temp);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    public PrintWriter writer() {
        return writer;
    }

    /** Moves the finished text onto the target, replacing what was there. */
    public void commit() throws IOException {
        writer.close();
        if (writer.checkError()) {
            throw new IOException("the text could not be written to " + temp);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temp);
        }
    }
}
