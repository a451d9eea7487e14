package failwise.bench;

import failwise.importer.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures {@code failwise import} on a generated estate written as Domino exports: the first import of this JVM
 * (classes loading, nothing compiled yet, which is what a consultant's run costs beyond starting Java) and the
 * median of the runs after it.
 */
public final class ImportBench {
    private ImportBench() {
    }

    /** Generates the estate of {@code size}, writes its exports under {@code dir}, imports it {@code runs} + 1 times. */
    public static void run(PrintWriter out, Size size, long seed, int runs, Path dir) throws IOException {
        Path exports = dir.resolve("exports");
        int files = ExportsWriter.write(new Generator(size).file(seed, 1), exports);
        long bytes = bytes(exports);
        Samples samples = new Samples();
        int lines = 0;
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            Importer.Result result = new Importer().run(List.of(exports), null, false, "estate.yaml");
            samples.add(System.nanoTime() - start);
            if (result.failed()) {
                throw new IllegalStateException("the generated exports did not import: " + result.lines());
            }
            lines = result.text().length();
        }
        out.printf(Locale.ROOT, "import: %s as %,d files (%.1f MB), a fact file of %.1f MB%n", size, files,
                bytes / 1e6, lines / 1e6);
        out.printf(Locale.ROOT, "  first import in this JVM: %s; then median %s over %d runs (load average %s)%n",
                Samples.human(samples.first()), Samples.human(samples.withoutFirst().median()), runs,
                Samples.loadAverage());
        out.flush();
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
