package failwise.cli;

import failwise.bench.EvaluationBench;
import failwise.bench.Generator;
import failwise.bench.Samples;
import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.model.Snapshot;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise bench evaluate}: the latency of one warm evaluation of a typical scenario. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION, sortOptions = false,
        description = {
            "Evaluates generated scenarios (the typical one by default: about 60 facts) over and over on one "
                    + "compiled rule base with the full pack and explanations on, and prints the median and the "
                    + "99th percentile of a single evaluation once warm.",
            "",
            "A sample is everything evaluate does per file after loading it: a new session, inserting the facts, "
                    + "firing the rules with provenance recorded, collecting the conclusions, disposing."},
        footer = {"", "Examples:", "  failwise bench evaluate",
            "  failwise bench evaluate --size 10 --runs 2000 --no-explain"})
final class BenchEvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Mixin
    SizeOptions size = new SizeOptions();

    @Option(names = "--scenarios", paramLabel = "K", description = "Distinct generated scenarios, evaluated in turn. Default: ${DEFAULT-VALUE}.")
    int scenarios = 1;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "Untimed evaluations first, for this long. Default: ${DEFAULT-VALUE}.")
    int warmup = 10;

    @Option(names = "--runs", paramLabel = "N", description = "Timed evaluations. Default: ${DEFAULT-VALUE}.")
    int runs = 20_000;

    @Option(names = "--no-explain", description = "Do not record provenance (what evaluate does without --explain).")
    boolean noExplain;

    @Override
    public Integer call() throws EvaluationException {
        RuleBase rules = bench.parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        return rules == null ? ExitCodes.RULES : measure(spec.commandLine().getOut(), rules);
    }

    int measure(PrintWriter out, RuleBase rules) throws EvaluationException {
        Generator generator = new Generator(size.toSize());
        List<Snapshot> snapshots = new ArrayList<>();
        FactLoader loader = new FactLoader();
        for (int i = 1; i <= scenarios; i++) {
            LoadResult loaded = loader.parse("generated-" + i + ".json", generator.file(seed, i));
            if (!loaded.ok()) {
                throw new IllegalStateException("generated file does not load: " + loaded.problems().get(0).render());
            }
            snapshots.add(loaded.snapshot());
        }
        EvaluationBench.Result r = new EvaluationBench(rules, !noExplain).run(snapshots, warmup * 1000L, runs);
        out.printf("warm evaluation of %s (%d facts, explanations %s): median %s, p99 %s; thread CPU median %s, "
                + "p99 %s (%d runs after %d s warm-up, load average %s)%n", generator.size(),
                snapshots.get(0).facts().size(), noExplain ? "off" : "on", Samples.human(r.wall().median()),
                Samples.human(r.wall().percentile(99)), Samples.human(r.cpu().median()),
                Samples.human(r.cpu().percentile(99)), r.wall().count(), warmup, Samples.loadAverage());
        out.flush();
        return ExitCodes.OK;
    }
}
