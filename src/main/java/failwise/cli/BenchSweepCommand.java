package failwise.cli;

import failwise.bench.Generator;
import failwise.bench.Samples;
import failwise.bench.Size;
import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.facts.FactLoader;
import failwise.whatif.ChangeException;
import failwise.whatif.FactTree;
import failwise.whatif.FailureMode;
import failwise.whatif.Sweep;
import failwise.whatif.SweepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise bench sweep}: one fresh evaluation of a file against the whole failure sweep of it. */
@Command(name = "sweep", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION, sortOptions = false,
        description = {
            "For each size, generates one file of N servers, 10N replicas and 5N requests, then times, in this "
                    + "JVM and alternately, one fresh evaluation of it (as evaluate does) and the whole sweep of it "
                    + "(as sweep does: its own first evaluation, every failure as a fork, the result), and prints "
                    + "both medians, their ratio, the run count and the load average.",
            "",
            "One warm-up of each precedes the timed runs. The 10,000-server file needs a large heap "
                    + "(java -Xmx8g -jar ...)."},
        footer = {"", "Examples:", "  failwise bench sweep",
            "      200 and 1,000 servers, depth 1, servers down",
            "  java -Xmx8g -jar target/failwise.jar bench sweep --servers 10000 --runs 1",
            "  failwise bench sweep --servers 1000 --depth 2"})
final class BenchSweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--servers", paramLabel = "N", split = ",",
            description = "Sizes, in servers, separated by commas. Default: 200,1000.")
    List<Integer> servers = List.of(200, 1_000);

    @Option(names = "--depth", paramLabel = "N", description = "Sweep depth, 1 or 2 (interacting pairs). "
            + "Default: ${DEFAULT-VALUE}.")
    int depth = 1;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each (median). Default: ${DEFAULT-VALUE}.")
    int runs = 3;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    @Override
    public Integer call() throws Exception {
        if (depth < 1 || depth > 2 || runs < 1) {
            spec.commandLine().getErr().println("failwise bench sweep: expected --depth 1 or 2 and --runs of 1 or "
                    + "more, found --depth " + depth + " --runs " + runs);
            return ExitCodes.USAGE;
        }
        RuleBase rules = bench.parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int n : servers) {
            measure(out, rules, n);
        }
        return ExitCodes.OK;
    }

    private void measure(PrintWriter out, RuleBase rules, int n)
            throws IOException, EvaluationException, ChangeException {
        Path dir = Files.createTempDirectory("failwise-sweep-");
        Path file = null;
        try {
            Size size = new Size(n, 10 * n, 5 * n, Size.times(1).documents());
            file = new Generator(size).write(dir, 1, seed).get(0);
            FactTree tree = FactTree.read(file, new FactLoader()).tree();
            Evaluator evaluator = new Evaluator(rules);
            Sweep sweep = new Sweep(rules, 1);
            Sweep.Options options = new Sweep.Options(depth, List.of(FailureMode.DOWN), false, false);
            Samples evaluate = new Samples();
            Samples swept = new Samples();
            SweepResult result = null;
            for (int i = 0; i <= runs; i++) {
                long start = System.nanoTime();
                evaluator.evaluate(tree.snapshot(), false, 0);
                long evaluated = System.nanoTime();
                result = sweep.run(tree, options);
                long done = System.nanoTime();
                if (i > 0) { // the first of each is the warm-up
                    evaluate.add(evaluated - start);
                    swept.add(done - evaluated);
                }
            }
            out.printf(Locale.ROOT, "%,d servers (%,d facts): one evaluation %s, sweep depth %d (%,d failures, %,d "
                            + "change an outcome) %s: %.1f× one evaluation (median of %d, load average %s)%n", n,
                    tree.snapshot().facts().size(), Samples.human(evaluate.median()), depth, result.scenarios(),
                    result.impacts().size(), Samples.human(swept.median()),
                    (double) swept.median() / evaluate.median(), runs, Samples.loadAverage());
            out.flush();
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        }
    }
}
