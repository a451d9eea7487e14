package failwise.batch;

import failwise.facts.FileKind;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A report file written whole or not at all: the text goes to a temporary file in the target's folder, which is
 * moved onto the target in one atomic step on {@link #commit()}, so a reader (a CI server, a watcher) never sees
 * half a report; closing without committing deletes the temporary file.
 */
public final class AtomicFile implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path target;
    private final Path temp;
    private final PrintWriter writer;
    private boolean committed;

    private AtomicFile(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.writer = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
    }

    /**
     * Starts writing {@code target}; fails when its folder does not exist or cannot be written, or when the target
     * exists and is not a regular file (a device, a pipe, a folder: replacing it would break it).
     */
    public static AtomicFile open(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        String kind = FileKind.unlessRegular(target);
        if (kind != null) {
            throw new IOException("expected a regular file, found " + kind);
        }
        // Same folder as the target: a move across file systems could not be atomic. Created exclusively (never
        // through a link planted under the name) and without a mode of its own, so a new report gets the mode the
        // umask gives any new file; an existing report keeps its own.
        Path temp = null;
        for (int attempt = 0; temp == null; attempt++) {
            Path name = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".tmp");
            try {
                temp = Files.createFile(name);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
        try {
            if (Files.isRegularFile(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
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
