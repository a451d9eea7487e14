package failwise.facts;

/**
 * The most a fact file may hold before the loader refuses it, so one hostile or broken file cannot exhaust
 * memory or stack: its size in bytes, how deep arrays and objects nest, how long one string is, how many facts.
 */
public record Limits(long maxFileBytes, int maxNestingDepth, int maxStringLength, int maxFacts) {

    private static final Limits DEFAULTS = new Limits(256L * 1024 * 1024, 64, 65_536, 2_000_000);

    public Limits {
        if (maxFileBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxFacts < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }

    /** 256 MiB, nesting 64 deep, strings of 65,536 characters, 2,000,000 facts. */
    public static Limits defaults() {
        return DEFAULTS;
    }
}
