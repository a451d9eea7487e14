package failwise.cli;

import failwise.bench.EvaluationBench;
import failwise.bench.Generator;
import failwise.bench.Samples;
import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
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
                    + "compiled rule base (the pack evaluate builds, without the why-not-only files) with "
                    + "explanations on, and prints the median and the "
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

    @Option(names = "--no-explain", description = "Record only the rule cited beside each conclusion, no "
            + "firing, as evaluate does without --explain.")
    boolean noExplain;

    @Option(names = "--versus-whole-pack", description = "Also evaluate as builds before the why-not split did "
            + "(the whole pack, why-not rules included; without --explain, every firing followed), in turns with "
            + "the usual way, 100 evaluations at a time, and print both and their ratio.")
    boolean versusWholePack;

    @Override
    public Integer call() throws EvaluationException {
        RuleBase rules = bench.parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        if (!versusWholePack) {
            return measure(spec.commandLine().getOut(), rules);
        }
        RuleBase whole = bench.parent.compileRules(spec, RuleSource.Pack.WHY_NOT);
        return whole == null ? ExitCodes.RULES : versus(spec.commandLine().getOut(), rules, whole);
    }

    private int versus(PrintWriter out, RuleBase rules, RuleBase whole) throws EvaluationException {
        List<Snapshot> snapshots = snapshots();
        Evaluator.Detail before = noExplain ? Evaluator.Detail.RULES : Evaluator.Detail.EXPLAINED;
        List<EvaluationBench.Result> r = EvaluationBench.alternate(List.of(new EvaluationBench(whole, before),
                new EvaluationBench(rules, !noExplain)), snapshots, warmup * 1000L, runs, 100);
        EvaluationBench.Result was = r.get(0);
        EvaluationBench.Result now = r.get(1);
        out.printf(java.util.Locale.ROOT, "warm evaluation of %s (explanations %s), in turns: the whole pack%s "
                        + "median %s (thread CPU %s), this build's way median %s (thread CPU %s): %.2f× faster "
                        + "(thread CPU %.2f×; %d runs each after %d s warm-up, load average %s)%n", generator().size(),
                noExplain ? "off" : "on", noExplain ? ", every firing followed," : "",
                Samples.human(was.wall().median()), Samples.human(was.cpu().median()),
                Samples.human(now.wall().median()), Samples.human(now.cpu().median()),
                (double) was.wall().median() / now.wall().median(), (double) was.cpu().median() / now.cpu().median(),
                now.wall().count(), warmup, Samples.loadAverage());
        out.flush();
        return ExitCodes.OK;
    }

    private Generator generator() {
        return new Generator(size.toSize());
    }

    private List<Snapshot> snapshots() {
        Generator generator = generator();
        List<Snapshot> snapshots = new ArrayList<>();
        FactLoader loader = new FactLoader();
        for (int i = 1; i <= scenarios; i++) {
            LoadResult loaded = loader.parse("generated-" + i + ".json", generator.file(seed, i));
            if (!loaded.ok()) {
                throw new IllegalStateException("generated file does not load: " + loaded.problems().get(0).render());
            }
            snapshots.add(loaded.snapshot());
        }
        return snapshots;
    }

    int measure(PrintWriter out, RuleBase rules) throws EvaluationException {
        Generator generator = generator();
        List<Snapshot> snapshots = snapshots();
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
