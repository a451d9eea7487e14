package failwise.bench;

import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.model.Snapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Times single evaluations of already-loaded snapshots on one compiled rule base, after a warm-up long enough
 * for the JIT to settle; each sample is one whole evaluation (session, inserts, firing, conclusions, dispose),
 * timed by the wall clock and by the evaluating thread's CPU time (what it costs when the machine is shared).
 */
public final class EvaluationBench {
    private final Evaluator evaluator;
    private final Evaluator.Detail detail;

    /** {@code explain}: the trees recorded, else what {@code evaluate} without {@code --explain} records. */
    public EvaluationBench(RuleBase rules, boolean explain) {
        this(rules, Evaluator.Detail.of(explain));
    }

    public EvaluationBench(RuleBase rules, Evaluator.Detail detail) {
        this.evaluator = new Evaluator(rules);
        this.detail = detail;
    }

    /** Wall-clock and evaluating-thread CPU time of the same evaluations. */
    public record Result(Samples wall, Samples cpu) {
    }

    /** Evaluates the snapshots round-robin for {@code warmupMillis}, then samples {@code runs} evaluations. */
    public Result run(List<Snapshot> snapshots, long warmupMillis, int runs) throws EvaluationException {
        return alternate(List.of(this), snapshots, warmupMillis, runs, runs).get(0);
    }

    /**
     * Several ways of evaluating the same snapshots, taken in turns {@code block} evaluations at a time (the order
     * reversed every block), so that a machine that gets busier or quieter meanwhile affects them alike: the warm-up
     * for {@code warmupMillis}, then {@code runs} sampled evaluations of each. One result per bench, in order.
     */
    public static List<Result> alternate(List<EvaluationBench> benches, List<Snapshot> snapshots, long warmupMillis,
                                         int runs, int block) throws EvaluationException {
        long until = System.nanoTime() + warmupMillis * 1_000_000;
        for (int i = 0; System.nanoTime() < until; i++) {
            for (EvaluationBench b : benches) {
                b.evaluator.evaluate(snapshots.get(i % snapshots.size()), b.detail, 0);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Result> results = new ArrayList<>();
        benches.forEach(b -> results.add(new Result(new Samples(), new Samples())));
        for (int done = 0, turn = 0; done < runs; done += block, turn++) {
            for (int k = 0; k < benches.size(); k++) {
                int which = turn % 2 == 0 ? k : benches.size() - 1 - k;
                EvaluationBench b = benches.get(which);
                Result into = results.get(which);
                for (int r = done; r < Math.min(runs, done + block); r++) {
                    Snapshot s = snapshots.get(r % snapshots.size());
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    b.evaluator.evaluate(s, b.detail, 0);
                    into.wall().add(System.nanoTime() - start);
                    into.cpu().add(threads.getCurrentThreadCpuTime() - cpuStart);
                }
            }
        }
        return results;
    }
}
