package failwise.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The modification time, size and content checksum of every watched file: the rule files under a folder (so
 * added and removed files count too) and the given fact files. Two fingerprints differ exactly where a file
 * changed. The checksum is only recomputed when time or size moved or the file system reported the file, so
 * polling costs a stat per file, yet an edit that keeps size and time (coarse clocks) is still seen.
 */
record Fingerprint(Map<Path, String> files) {
    private static final Fingerprint NONE = new Fingerprint(Map.of());

    static Fingerprint of(Path rules, List<Path> facts) {
        return of(rules, facts, NONE, Set.of());
    }

    /** Reuses {@code previous} checksums for files whose time and size held and that are not {@code reported}. */
    static Fingerprint of(Path rules, List<Path> facts, Fingerprint previous, Set<Path> reported) {
        Map<Path, String> files = new TreeMap<>();
        if (rules != null && Files.isDirectory(rules)) {
            try (Stream<Path> walk = Files.walk(rules)) {
                walk.filter(p -> p.toString().endsWith(".drl"))
                        .forEach(p -> files.put(p, stamp(p, previous.files.get(p), reported)));
            } catch (IOException | UncheckedIOException e) {
                // A folder changing while it is walked: the next poll sees it settled.
                files.put(rules, "unreadable");
            }
        }
        facts.forEach(p -> files.put(p, stamp(p, previous.files.get(p), reported)));
        return new Fingerprint(Map.copyOf(files));
    }

    private static String stamp(Path file, String before, Set<Path> reported) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            String timeAndSize = a.lastModifiedTime() + "/" + a.size();
            if (before != null && before.startsWith(timeAndSize + "/")
                    && !reported.contains(file.toAbsolutePath().normalize())) {
                return before;
            }
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return timeAndSize + "/" + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            return "absent";
        }
    }

    /** The files added, removed or changed since {@code before}. */
    Set<Path> changedSince(Fingerprint before) {
        Set<Path> changed = new HashSet<>();
        files.forEach((p, stamp) -> {
            if (!stamp.equals(before.files.get(p))) {
                changed.add(p);
            }
        });
        before.files.keySet().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
        return changed;
    }
}
