package failwise.cli;

import failwise.bench.Generator;
import failwise.bench.Samples;
import failwise.bench.ScaleBench;
import failwise.bench.Size;
import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise bench scale}: one large file at a base size and at a multiple of it. */
@Command(name = "scale", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION, sortOptions = false,
        description = {
            "Generates one file at the base size and one at --factor times it, then loads and evaluates each "
                    + "(explanations off, as evaluate without --explain), printing load and evaluation times, the "
                    + "heap's high-water mark, and how the time grew against the size.",
            "",
            "Run it with -Xmx2g to check the 2 GB bound; each run follows one warm-up evaluation of the base file, "
                    + "so the JIT has compiled the engine before the larger file is timed."},
        footer = {"", "Examples:", "  java -Xmx2g -jar target/failwise.jar bench scale",
            "      1,000 servers, 20,000 replicas, 10,000 requests, then ten times that",
            "  failwise bench scale --servers 100 --replicas 2000 --requests 1000 --factor 100"})
final class BenchScaleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--servers", paramLabel = "N", description = "Servers at the base size. Default: ${DEFAULT-VALUE}.")
    int servers = 1_000;

    @Option(names = "--replicas", paramLabel = "N", description = "Replicas at the base size. Default: ${DEFAULT-VALUE}.")
    int replicas = 20_000;

    @Option(names = "--requests", paramLabel = "N", description = "Requests at the base size. Default: ${DEFAULT-VALUE}.")
    int requests = 10_000;

    @Option(names = "--documents", paramLabel = "N", description = "Foreign Domain documents, at every size. Default: ${DEFAULT-VALUE}.")
    int documents = 8;

    @Option(names = "--factor", paramLabel = "F", description = "The larger file is F times the base. Default: ${DEFAULT-VALUE}.")
    int factor = 10;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per size (median). Default: ${DEFAULT-VALUE}.")
    int runs = 1;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    @Override
    public Integer call() throws Exception {
        RuleBase rules = bench.parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        return rules == null ? ExitCodes.RULES : measure(spec.commandLine().getOut(), rules);
    }

    int measure(PrintWriter out, RuleBase rules) throws IOException, EvaluationException {
        Path dir = Files.createTempDirectory("failwise-scale-");
        try {
            Size base = new Size(servers, replicas, requests, documents);
            Size large = new Size(servers * factor, replicas * factor, requests * factor, documents);
            Path small = write(dir.resolve("base"), base);
            ScaleBench.run(rules, small, false);
            long baseTime = report(out, rules, small, base);
            Path big = write(dir.resolve("large"), large);
            long largeTime = report(out, rules, big, large);
            out.printf(Locale.ROOT, "scale: %d× the size took %.1f× the time (load + evaluate)%n", factor,
                    (double) largeTime / baseTime);
            out.flush();
        } finally {
            for (String sub : new String[] {"base", "large"}) {
                Files.deleteIfExists(dir.resolve(sub).resolve("topology-00001.json"));
                Files.deleteIfExists(dir.resolve(sub));
            }
            Files.deleteIfExists(dir);
        }
        return ExitCodes.OK;
    }

    private Path write(Path dir, Size size) throws IOException {
        return new Generator(size).write(dir, 1, seed).get(0);
    }

    private long report(PrintWriter out, RuleBase rules, Path file, Size size) throws EvaluationException {
        Samples load = new Samples();
        Samples eval = new Samples();
        Samples total = new Samples();
        Samples cpu = new Samples();
        ScaleBench.Result r = null;
        for (int i = 0; i < runs; i++) {
            r = ScaleBench.run(rules, file, false);
            load.add(r.loadNanos());
            eval.add(r.evaluateNanos());
            total.add(r.loadNanos() + r.evaluateNanos());
            cpu.add(r.evaluateCpuNanos());
        }
        out.printf(Locale.ROOT, "one file of %s (%d facts, %d firings, %d conclusions): load %s, evaluate %s "
                + "(thread CPU %s), total %s, peak heap %d MB (median of %d, -Xmx %d MB, load average %s)%n", size,
                r.facts(), r.firings(), r.conclusions(), Samples.human(load.median()), Samples.human(eval.median()),
                Samples.human(cpu.median()), Samples.human(total.median()), r.peakHeapBytes() >> 20, runs,
                Runtime.getRuntime().maxMemory() >> 20, Samples.loadAverage());
        out.flush();
        return total.median();
    }
}
