package failwise.bench;

import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.model.Snapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Times single evaluations of already-loaded snapshots on one compiled rule base, after a warm-up long enough
 * for the JIT to settle; each sample is one whole evaluation (session, inserts, firing, conclusions, dispose),
 * timed by the wall clock and by the evaluating thread's CPU time (what it costs when the machine is shared).
 */
public final class EvaluationBench {
    private final Evaluator evaluator;
    private final boolean explain;

    public EvaluationBench(RuleBase rules, boolean explain) {
        this.evaluator = new Evaluator(rules);
        this.explain = explain;
    }

    /** Wall-clock and evaluating-thread CPU time of the same evaluations. */
    public record Result(Samples wall, Samples cpu) {
    }

    /** Evaluates the snapshots round-robin for {@code warmupMillis}, then samples {@code runs} evaluations. */
    public Result run(List<Snapshot> snapshots, long warmupMillis, int runs) throws EvaluationException {
        long until = System.nanoTime() + warmupMillis * 1_000_000;
        int i = 0;
        while (System.nanoTime() < until) {
            evaluator.evaluate(snapshots.get(i++ % snapshots.size()), explain, 0);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Samples wall = new Samples();
        Samples cpu = new Samples();
        for (int r = 0; r < runs; r++) {
            Snapshot s = snapshots.get(r % snapshots.size());
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            evaluator.evaluate(s, explain, 0);
            wall.add(System.nanoTime() - start);
            cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
        }
        return new Result(wall, cpu);
    }
}
