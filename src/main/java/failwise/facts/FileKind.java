package failwise.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path is when it is not a regular file, in the words of an error line: reading a named pipe blocks until
 * someone writes to it, a device never ends, and replacing either by a report would break the system's file.
 */
public final class FileKind {
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER = 0020000;
    private static final int BLOCK = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {
    }

    /**
     * Null for a regular file (through symbolic links) or for nothing there; else what the path is, such as
     * {@code "a named pipe (FIFO)"}. Throws when the path cannot be examined (a folder on the way is unreadable).
     */
    public static String unlessRegular(Path path) throws IOException {
        if (!Files.exists(path)) {
            return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return null;
        } else if (attributes.isDirectory()) {
            return "a directory";
        }
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode");
        } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
        return switch (mode & TYPE) {
            case FIFO -> "a named pipe (FIFO)";
            case CHARACTER -> "a character device";
            case BLOCK -> "a block device";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }
}
