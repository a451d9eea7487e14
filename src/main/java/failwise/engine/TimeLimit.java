package failwise.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * The time one evaluation may take. When it is up, the session is halted (which ends rules that keep firing) and
 * the evaluating thread interrupted (which ends an action that waits); an action that does neither, a loop that
 * never returns, is stopped a second later with {@link Thread#stop()}: the only way to end Java code that will
 * not end, safe here because the session it leaves inconsistent is disposed of, never reused. Where the thread
 * was when the time ran out is kept, to name the rule.
 */
final class TimeLimit {
    /** The default limit: generous, since a file of 10,000 servers takes under a minute. */
    static final Duration DEFAULT = Duration.ofMinutes(10);
    private static final long GRACE_MILLIS = 1_000;
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private enum State { RUNNING, EXPIRED, STOPPED, DONE }

    private final Thread thread = Thread.currentThread();
    private final KieSession session;
    private final ScheduledFuture<?> expiry;
    private State state = State.RUNNING;
    private boolean expired;
    private StackTraceElement[] stuckAt = new StackTraceElement[0];

    private TimeLimit(KieSession session, Duration limit) {
        this.session = session;
        this.expiry = WATCHDOG.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The one thread that ends evaluations out of time. A limit that ended in time is taken off its queue at once:
     * a sweep fires twice per fork, and thousands of cancelled limits would otherwise wait there for ten minutes
     * each, holding their sessions.
     */
    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "failwise-time-limit");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    /** Starts timing the evaluation the current thread is about to run on {@code session}. */
    static TimeLimit start(KieSession session, Duration limit) {
        return new TimeLimit(session, limit);
    }

    private synchronized void expire() {
        if (state != State.RUNNING) {
            return;
        }
        state = State.EXPIRED;
        expired = true;
        stuckAt = thread.getStackTrace();
        session.halt();
        thread.interrupt();
        WATCHDOG.schedule(this::stop, GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings({"removal", "deprecation"})
    private synchronized void stop() {
        if (state != State.EXPIRED) {
            return;
        }
        state = State.STOPPED;
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            // A JDK after 17 cannot stop a thread: the halt and the interrupt are all there is.
        }
    }

    /**
     * Ends the timing, on the evaluating thread; true when the time ran out. Called again after a {@link ThreadDeath}
     * that arrived inside an earlier call; no stop can come after it returns.
     */
    synchronized boolean end() {
        if (state != State.DONE) {
            state = State.DONE;
            expiry.cancel(false);
            if (expired) {
                Thread.interrupted();
            }
        }
        return expired;
    }

    /** Where the evaluating thread was when the time ran out; empty if it did not. */
    synchronized StackTraceElement[] stuckAt() {
        return stuckAt.clone();
    }
}
