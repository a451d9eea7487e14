package failwise.cli;

import failwise.bench.BatchBench;
import failwise.bench.Generator;
import failwise.bench.Samples;
import failwise.bench.Size;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise bench batch}: a batch over many files, next to only parsing the same files. */
@Command(name = "batch", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION, sortOptions = false,
        description = {
            "Runs every file as a batch does (load, evaluate, check the expect block) and, in the same JVM with "
                    + "the same number of threads, only loads them; prints the median wall time of each pass and "
                    + "their ratio, for each --jobs value. With several --jobs values it also checks that the "
                    + "batch report is byte-identical for each (exit 1 when it is not).",
            "",
            "Without --dir, typical generated files are written to a temporary folder first and removed after."},
        footer = {"", "Examples:", "  failwise bench batch", "      10,000 typical files, with 1 and 2 threads",
            "  failwise bench generate --files 10000 --out /tmp/many && failwise bench batch --dir /tmp/many --jobs 2"})
final class BenchBatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--dir", paramLabel = "DIR", description = "Use the .json files in DIR instead of generating files.")
    Path dir;

    @Option(names = "--files", paramLabel = "K", description = "How many typical files to generate. Default: ${DEFAULT-VALUE}.")
    int files = 10_000;

    @Option(names = "--jobs", paramLabel = "N", split = ",", description = "Thread counts to measure. Default: 1,2.")
    List<Integer> jobs = List.of(1, 2);

    @Option(names = "--runs", paramLabel = "N", description = "Timed passes of each kind per thread count. Default: ${DEFAULT-VALUE}.")
    int runs = 3;

    @Override
    public Integer call() throws Exception {
        RuleBase rules = bench.parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        return rules == null ? ExitCodes.RULES : measure(spec.commandLine().getOut(), rules);
    }

    int measure(PrintWriter out, RuleBase rules) throws IOException, InterruptedException {
        Path folder = dir;
        Path temp = null;
        if (folder == null) {
            temp = Files.createTempDirectory("failwise-bench-");
            folder = temp;
            new Generator(Size.times(1)).write(folder, files, 1);
        }
        try (Stream<Path> walk = Files.list(folder)) {
            List<Path> paths = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            Map<Integer, String> digests = new LinkedHashMap<>();
            for (int j : jobs) {
                BatchBench b = new BatchBench(paths, j);
                b.parseOnly();
                digests.put(j, b.reportDigest(rules)); // the warm-up pass, keeping the report's digest
                Samples parse = new Samples();
                Samples batch = new Samples();
                for (int r = 0; r < runs; r++) {
                    parse.add(b.parseOnly());
                    batch.add(b.batch(rules));
                }
                out.printf(Locale.ROOT, "batch of %d files, --jobs %d: batch %s, parse only %s, ratio %.2f "
                        + "(medians of %d runs after one warm-up pass each)%n", paths.size(), j,
                        Samples.human(batch.median()), Samples.human(parse.median()),
                        (double) batch.median() / parse.median(), runs);
                out.flush();
            }
            if (digests.size() > 1) {
                boolean same = new HashSet<>(digests.values()).size() == 1;
                out.printf(Locale.ROOT, "batch reports for --jobs %s: %s%n", digests.keySet().stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")), same
                        ? "byte-identical (SHA-256 " + digests.values().iterator().next() + ")"
                        : "DIFFERENT " + digests);
                out.flush();
                if (!same) {
                    return ExitCodes.EXPECTATION_FAILED;
                }
            }
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
        return ExitCodes.OK;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
