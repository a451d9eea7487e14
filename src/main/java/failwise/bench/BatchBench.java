package failwise.bench;

import failwise.engine.RuleBase;
import failwise.facts.FactLoader;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Times a pass over many files with {@code jobs} threads: parse only (load each file into a snapshot), or the
 * whole case run a batch does (load, evaluate, check the expect block). Both passes share the pool shape, so
 * their ratio is the cost of the rules.
 */
public final class BatchBench {
    private final List<Path> files;
    private final int jobs;

    public BatchBench(List<Path> files, int jobs) {
        this.files = List.copyOf(files);
        this.jobs = jobs;
    }

    /** Wall time of loading every file; fails if one does not load clean, since the comparison would be void. */
    public long parseOnly() throws InterruptedException {
        FactLoader loader = new FactLoader();
        return pass(file -> {
            if (!loader.load(file).ok()) {
                throw new IllegalStateException(file + " does not load clean");
            }
        });
    }

    /** Wall time of running every file as a case, the way {@code failwise batch} does, explanations off. */
    public long batch(RuleBase rules) throws InterruptedException {
        CaseRunner runner = new CaseRunner(rules, false);
        return pass(file -> {
            CaseResult result = runner.run(file);
            if (result.evaluation() == null) {
                throw new IllegalStateException(file + " did not evaluate");
            }
        });
    }

    private long pass(Consumer<Path> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try {
            // One task per thread taking the next file: no queue of 10,000 futures to build and drain.
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int j = 0; j < jobs; j++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        work.accept(files.get(i));
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return System.nanoTime() - start;
    }
}
