package failwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates synthetic, valid fact files for benchmarks: clusters of 2 to 6 servers (and a few unclustered ones),
 * replicas, groups, a Directory ACL now and then, Foreign Domain documents and requests of every catalogue action.
 * Deterministic: the same size, seed and file index always give the same bytes.
 */
public final class Generator {
    private final Size size;

    public Generator(Size size) {
        this.size = size;
    }

    public Size size() {
        return size;
    }

    /** The text of file {@code index} of a set generated with {@code seed}. */
    public String file(long seed, int index) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        Topology t = new Topology(random);
        t.servers(size.servers());
        t.replicas(size.replicas());
        t.documents(size.documents());
        JsonText json = new JsonText().open();
        json.topString("name", "Generated topology " + index + " (seed " + seed + "): " + size);
        json.topString("description", "Synthetic topology from failwise bench generate; every fact is plausible, "
                + "none is real.");
        new TopologyWriter(t, random).write(json);
        new RequestMaker(t, random).write(json, size.requests());
        return json.close();
    }

    /** Writes {@code files} files into {@code dir} (created if missing) and returns their paths in order. */
    public List<Path> write(Path dir, int files, long seed) throws IOException {
        Files.createDirectories(dir);
        int width = Math.max(5, Integer.toString(files).length());
        List<Path> written = new ArrayList<>(files);
        for (int i = 1; i <= files; i++) {
            Path p = dir.resolve(String.format("topology-%0" + width + "d.json", i));
            Files.writeString(p, file(seed, i), StandardCharsets.UTF_8);
            written.add(p);
        }
        return written;
    }

    /** A well-spread seed per file, so neighbouring indexes do not give correlated streams. */
    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
