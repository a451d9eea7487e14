package failwise.bench;

import failwise.engine.RuleBase;
import failwise.facts.FactLoader;
import failwise.batch.BatchRun;
import failwise.batch.Progress;
import failwise.batch.TextFormat;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Times a pass over many files with {@code jobs} threads: parse only (load each file into a snapshot), or what
 * {@code failwise batch} does (load, evaluate, check the expect block, report in input order). Their ratio is the
 * cost of the rules.
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

    /**
     * Wall time of {@code failwise batch} over the files without its terminal: the same runner, thread pool and
     * text report (written to nowhere), results handed over in input order.
     */
    public long batch(RuleBase rules) {
        long start = System.nanoTime();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        BatchRun.Outcome outcome = new BatchRun(rules, jobs, false).report(files, new TextFormat(nowhere), false, null,
                Progress.none());
        long wall = System.nanoTime() - start;
        if (outcome.tally().errors() > 0) {
            throw new IllegalStateException(outcome.tally().errors() + " files did not evaluate");
        }
        return wall;
    }

    /**
     * The SHA-256 of the text report {@code failwise batch} writes for the files, with this many jobs: equal
     * digests for every {@code --jobs} mean byte-identical output.
     */
    public String reportDigest(RuleBase rules) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        PrintWriter report = new PrintWriter(new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha), StandardCharsets.UTF_8));
        new BatchRun(rules, jobs, false).report(files, new TextFormat(report), false, null, Progress.none());
        report.flush();
        return HexFormat.of().formatHex(sha.digest());
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
