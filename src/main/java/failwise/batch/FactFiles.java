package failwise.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    private static List<Path> folder(Path dir) throws PathException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>(walk.filter(FactFiles::isFactFile).filter(Files::isRegularFile).toList());
            // Sorted on '/'-separated relative paths, so the order is the same on every platform.
            files.sort(Comparator.comparing(f -> dir.relativize(f).toString().replace('\\', '/')));
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new PathException("`" + dir + "`: cannot list the folder: " + e.getMessage());
        }
    }

    /** A path argument that names nothing to run. */
    public static final class PathException extends Exception {
        public PathException(String message) {
            super(message);
        }
    }
}
