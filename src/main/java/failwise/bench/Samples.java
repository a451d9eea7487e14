package failwise.bench;

import java.util.Arrays;
import java.util.Locale;

/** Durations measured in nanoseconds, summarised as the median and upper percentiles a benchmark reports. */
public final class Samples {
    private long[] values = new long[64];
    private int count;

    public void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    public int count() {
        return count;
    }

    public long median() {
        return percentile(50);
    }

    /** The nearest-rank percentile {@code p} (0 < p ≤ 100) of the samples. */
    public long percentile(double p) {
        if (count == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }

    public long first() {
        return values[0];
    }

    /** A copy without the first sample (the first run of a JVM is the cold one and is reported apart). */
    public Samples withoutFirst() {
        Samples rest = new Samples();
        for (int i = 1; i < count; i++) {
            rest.add(values[i]);
        }
        return rest;
    }

    /** The system's one-minute load average, printed beside figures so a busy machine shows in them. */
    public static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.1f on %d cores", load, Runtime.getRuntime().availableProcessors());
    }

    /** A duration for people: µs below a millisecond, ms below ten seconds, else s. */
    public static String human(long nanos) {
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
        if (nanos < 10_000_000) {
            // Two decimals: warm evaluations of a millisecond or two are compared to a few percent.
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        if (nanos < 10_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
