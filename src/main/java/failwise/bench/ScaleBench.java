package failwise.bench;

import failwise.engine.Evaluation;
import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/** Loads and evaluates one (large) fact file, timing each step and reading the heap's high-water mark. */
public final class ScaleBench {
    /** What one large-file run measured. */
    public record Result(int facts, int conclusions, int firings, long loadNanos, long evaluateNanos, long evaluateCpuNanos,
                         long peakHeapBytes) {
    }

    /**
     * The evaluating thread's CPU time: on a machine other work shares, wall time measures the neighbours too;
     * the rules run on this one thread, so its CPU time is what the evaluation costs.
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ScaleBench() {
    }

    public static Result run(RuleBase rules, Path file, boolean explain) throws EvaluationException {
        resetPeaks();
        long start = System.nanoTime();
        LoadResult loaded = new FactLoader().load(file);
        long loaded_ = System.nanoTime();
        if (!loaded.ok()) {
            throw new IllegalStateException(file + " does not load clean: " + loaded.problems().get(0).render());
        }
        long cpu = CPU.getCurrentThreadCpuTime();
        Evaluation evaluation = new Evaluator(rules).evaluate(loaded.snapshot(), explain, 0);
        long done = System.nanoTime();
        cpu = CPU.getCurrentThreadCpuTime() - cpu;
        return new Result(loaded.snapshot().facts().size(), evaluation.conclusions().size(), evaluation.firings(),
                loaded_ - start, done - loaded_, cpu, peakHeap());
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the live heap, since pools peak at different times. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
