package failwise.batch;

import failwise.engine.RuleBase;
import failwise.engine.RuleInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Rule coverage of a batch: every rule of the pack counts (queries do not; plumbing rules marked
 * {@code @explain("hidden")} do), and a rule is covered when it fired on at least one file.
 */
public record Coverage(int total, int fired, List<RuleInfo> unfired, Double minimum) {
    public Coverage {
        unfired = List.copyOf(unfired);
    }

    /** The coverage of {@code firedNames} over the pack; {@code minimum} (percent) is null when none was set. */
    static Coverage of(RuleBase rules, Set<String> firedNames, Double minimum) {
        List<RuleInfo> unfired = rules.rules().values().stream().filter(r -> !firedNames.contains(r.name()))
                .sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line)
                        .thenComparing(RuleInfo::name))
                .toList();
        int total = rules.rules().size();
        return new Coverage(total, total - unfired.size(), unfired, minimum);
    }

    /** The covered share in whole percent, rounded down so that 99.6% never shows as 100%; 100 for no rules. */
    public int percent() {
        return total == 0 ? 100 : (int) (fired * 100L / total);
    }

    /** Whether a minimum was set and the covered share is below it (compared exactly, not on the rounded figure). */
    public boolean failsMinimum() {
        return minimum != null && fired * 100.0 < minimum * total;
    }

    /** {@code rule coverage: 87% (120 of 138 rules fired)}. */
    public String line() {
        return "rule coverage: " + percent() + "% (" + fired + " of " + total + " rules fired)";
    }

    /** The line that says why a run with {@code --min-coverage} fails. */
    public String belowLine() {
        return "rule coverage " + percent() + "% is below the minimum of " + minimumText() + "% set with --min-coverage";
    }

    /** The minimum as the user wrote it: {@code 90}, not {@code 90.0}. */
    public String minimumText() {
        double m = minimum == null ? 0 : minimum;
        return m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m);
    }

    /** One unfired rule as listed: its place, then its name. */
    public static String entry(RuleInfo rule) {
        return rule.location() + "  " + rule.name();
    }
}
