package failwise.whatif;

import failwise.model.Conclusion;
import failwise.verify.FactFields;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code outcome} field of the conclusions that have one (FailoverDecision, MailRoute, FreeBusyLookup, and any
 * type added later with that field), and how bad each outcome of the output contract is.
 */
public final class Outcomes {
    /** Outcomes where nothing is served, delivered or answered. */
    private static final Set<String> FAILED = Set.of("FAILS", "HELD");
    /** Served, but not by the server it was aimed at. */
    private static final Set<String> DEGRADED = Set.of("FAILOVER");

    private Outcomes() {
    }

    /** A conclusion with an outcome, by type and subject (for a request: its id). */
    public record Key(String type, String subject) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int t = type.compareTo(o.type);
            return t != 0 ? t : String.valueOf(subject).compareTo(String.valueOf(o.subject));
        }
    }

    /** Each conclusion with an outcome to its outcome, ordered by type and subject. */
    public static SortedMap<Key, String> of(Iterable<Conclusion> conclusions) {
        SortedMap<Key, String> out = new TreeMap<>();
        for (Conclusion c : conclusions) {
            Object outcome = FactFields.of(c).get("outcome");
            if (outcome != null) {
                out.put(new Key(c.type(), c.subject()), String.valueOf(outcome));
            }
        }
        return out;
    }

    /** 0 for a plain success, 1 for a failover, 2 for a failure or for no conclusion at all (null). */
    public static int badness(String outcome) {
        if (outcome == null || FAILED.contains(outcome)) {
            return 2;
        }
        return DEGRADED.contains(outcome) ? 1 : 0;
    }

    /** Whether going from {@code before} to {@code after} is worse for the user. */
    public static boolean worse(String before, String after) {
        return badness(after) > badness(before);
    }

    /** Whether {@code outcome} is a failure (nothing served, delivered or answered). */
    public static boolean failed(String outcome) {
        return badness(outcome) == 2;
    }
}
