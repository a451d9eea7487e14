package failwise.whatif;

import failwise.model.Conclusion;
import failwise.model.Outcome;
import failwise.verify.FactFields;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code outcome} field of the conclusions that have one (FailoverDecision, MailRoute, FreeBusyLookup, and any
 * type added later with that field), compared by {@link Outcome#verdict}.
 */
public final class Outcomes {

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

    /** Whether going from {@code before} to {@code after} (null: no conclusion at all) is worse for the user. */
    public static boolean worse(String before, String after) {
        return Outcome.verdict(after).compareTo(Outcome.verdict(before)) > 0;
    }

    /** Whether {@code outcome} is bad: nothing served, delivered or answered, no conclusion, or an unknown word. */
    public static boolean failed(String outcome) {
        return Outcome.verdict(outcome) == Outcome.Verdict.BAD;
    }
}
