package failwise.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per input on a pool of worker threads and hands the results to a single consumer in input
 * order, each as soon as it and every result before it are done, so the output never depends on the thread count.
 */
final class InOrder {
    /** Inputs in flight per worker: enough to keep the workers busy, few enough to keep memory flat. */
    private static final int AHEAD_PER_JOB = 4;

    private InOrder() {
    }

    /**
     * Applies {@code work} to every input on {@code jobs} threads and passes the results to {@code sink} on the
     * calling thread, in input order; a task that throws is turned into a result by {@code failed}.
     */
    static <T, R> void map(List<T> inputs, int jobs, Function<T, R> work, BiFunction<T, Throwable, R> failed,
                           Consumer<R> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemons());
        try {
            Deque<Pending<T, R>> pending = new ArrayDeque<>();
            Iterator<T> next = inputs.iterator();
            int window = jobs * AHEAD_PER_JOB;
            while (next.hasNext() || !pending.isEmpty()) {
                while (next.hasNext() && pending.size() < window) {
                    T input = next.next();
                    pending.add(new Pending<>(input, pool.submit(() -> work.apply(input))));
                }
                Pending<T, R> head = pending.poll();
                sink.accept(head.get(failed));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record Pending<T, R>(T input, Future<R> future) {
        R get(BiFunction<T, Throwable, R> failed) {
            try {
                return future.get();
            } catch (ExecutionException e) {
                return failed.apply(input, e.getCause() == null ? e : e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + input, e);
            }
        }
    }

    /** Daemon workers: a file whose rules never stop must not keep the JVM alive after the run gives up. */
    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "failwise-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
