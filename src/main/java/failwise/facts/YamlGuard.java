package failwise.facts;

/**
 * Refuses YAML text SnakeYAML would take too long over. SnakeYAML re-copies its buffer while it scans one token,
 * so scanning time grows with the square of a token's length; a run of non-blank characters far beyond the string
 * limit (a token can be no longer than its run) is refused before parsing, with a linear scan.
 */
final class YamlGuard {

    private YamlGuard() {
    }

    /** The longest run allowed: ample for any string within the limit, and scanned in a few milliseconds. */
    static long maxRun(Limits limits) {
        return 4L * limits.maxStringLength();
    }

    /** A limit problem when {@code input} holds a run longer than {@link #maxRun}, else null. */
    static Issues check(Input input, Limits limits) {
        long max = maxRun(limits);
        int length = input.bytes() != null ? input.bytes().length : input.text().length();
        long run = 0;
        long longest = 0;
        int line = 1;
        int lineStart = 0;
        int[] at = null;
        for (int i = 0; i < length; i++) {
            int c = input.bytes() != null ? input.bytes()[i] : input.text().charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                run = 0;
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            } else if (++run > longest) {
                longest = run;
                if (longest == max + 1 && at == null) {
                    at = new int[] {line, (int) (i - max - lineStart + 1)};
                }
            }
        }
        if (at == null) {
            return null;
        }
        Issues issues = new Issues();
        issues.addAt("", Issues.LIMIT, "expected at most " + max + " characters in a row without a blank, found "
                + longest, at[0], at[1]);
        return issues;
    }
}
