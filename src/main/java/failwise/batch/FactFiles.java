package failwise.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the fact files a batch runs: each file named, and every {@code .json}, {@code .yaml} and {@code .yml} file
 * under each folder named, folders sorted by path, in the order the paths are given, each file once.
 */
public final class FactFiles {
    private FactFiles() {
    }

    /** The files to run; a path that does not exist, or a folder without fact files, is a {@link PathException}. */
    public static List<Path> under(List<Path> paths) throws PathException {
        // Keyed by the real location so `test-facts test-facts/failover` runs each file once, named as first found.
        Map<Path, Path> found = new LinkedHashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> inFolder = folder(path);
                if (inFolder.isEmpty()) {
                    throw new PathException("`" + path + "`: expected .json, .yaml or .yml fact files in this "
                            + "folder, found none");
                }
                inFolder.forEach(f -> found.putIfAbsent(f.toAbsolutePath().normalize(), f));
            } else if (Files.exists(path)) {
                // A file named on the command line runs whatever its extension; the loader says if it cannot read it.
                found.putIfAbsent(path.toAbsolutePath().normalize(), path);
            } else {
                throw new PathException("`" + path + "`: expected a fact file or a folder, found nothing there");
            }
        }
        return List.copyOf(found.values());
    }

    /** Whether a file's name says it is a fact file. */
    public static boolean isFactFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * The fact files under {@code dir}, and each folder or entry under it that could not be read (a subfolder without
     * read permission): such a path is run like a file, so the loader reports it as one ERROR line and the batch goes
     * on with everything else.
     */
    private static List<Path> folder(Path dir) throws PathException {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isFactFile(file) && (attributes.isRegularFile()
                            || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new PathException("`" + dir + "`: cannot list the folder: " + e.getMessage());
        }
        // Sorted on '/'-separated relative paths, so the order is the same on every platform.
        files.sort(Comparator.comparing(f -> dir.relativize(f).toString().replace('\\', '/')));
        return files;
    }

    /** A path argument that names nothing to run. */
    public static final class PathException extends Exception {
        public PathException(String message) {
            super(message);
        }
    }
}
