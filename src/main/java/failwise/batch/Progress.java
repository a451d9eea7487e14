package failwise.batch;

import java.io.PrintWriter;

/**
 * A one-line progress bar for a terminal: drawn on stderr only when asked to (stderr is a terminal) and only for a
 * long batch (many files, or running for a while), so pipes, files and tests never see it.
 */
public final class Progress {
    private static final int MANY_FILES = 200;
    private static final long SLOW_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int drawnLength;

    /** {@code terminal}: whether {@code err} is a terminal a user watches. */
    public Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    /** A progress that never draws, for runs nobody watches. */
    public static Progress none() {
        return new Progress(null, 0, false);
    }

    /** {@code done} files of the total are reported; redraws the bar when one is due. */
    public void done(int done) {
        long now = System.nanoTime();
        if (!terminal || (total <= MANY_FILES && now - start < SLOW_NANOS)) {
            return;
        }
        if (drawnLength > 0 && now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String bar = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " files";
        err.print("\r" + bar);
        err.flush();
        drawnLength = bar.length();
        lastDraw = now;
    }

    /** Wipes the bar, so a report line on the same terminal starts on a clean line. */
    public void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
