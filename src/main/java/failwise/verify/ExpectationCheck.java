package failwise.verify;

import failwise.facts.Names;
import failwise.model.Conclusion;
import failwise.model.Expectation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a fact file's expectations against the conclusions of its evaluation by subset match: every key an
 * expectation gives must equal the conclusion's value; {@code absent} turns it into "no conclusion matches".
 */
public final class ExpectationCheck {
    /** The keys that say which thing a conclusion is about; a near miss must agree on them to be shown. */
    private static final List<String> IDENTITY_KEYS = List.of("type", "request", "subject", "server", "document");

    private ExpectationCheck() {
    }

    /** One result per expectation, in the file's order. */
    public static List<ExpectationResult> check(List<Expectation> expectations, List<Conclusion> conclusions) {
        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation e : expectations) {
            List<Conclusion> matching = conclusions.stream().filter(c -> matches(e.fields(), c)).toList();
            if (e.absent()) {
                results.add(new ExpectationResult(e, matching.isEmpty(), matching));
            } else if (!matching.isEmpty()) {
                results.add(new ExpectationResult(e, true, List.of()));
            } else {
                results.add(new ExpectationResult(e, false, closest(e.fields(), conclusions)));
            }
        }
        return results;
    }

    /** Whether {@code conclusion} has every field {@code expected} gives, with an equal value. */
    public static boolean matches(Map<String, Object> expected, Conclusion conclusion) {
        Map<String, Object> actual = FactFields.of(conclusion);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            String key = e.getKey();
            if (key.equals("absent")) {
                continue;
            }
            Object value = key.equals("type") ? conclusion.type() : actual.get(key);
            boolean known = key.equals("type") || actual.containsKey(key);
            if (!known || !valueEquals(e.getValue(), value)) {
                return false;
            }
        }
        return true;
    }

    private static List<Conclusion> closest(Map<String, Object> expected, List<Conclusion> conclusions) {
        Map<String, Object> identity = new java.util.LinkedHashMap<>();
        for (String key : IDENTITY_KEYS) {
            if (expected.containsKey(key)) {
                identity.put(key, expected.get(key));
            }
        }
        return conclusions.stream().filter(c -> matches(identity, c)).toList();
    }

    /** Equality as a fact-file author means it: names canonically, numbers numerically, arrays as multisets. */
    static boolean valueEquals(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof Collection<?> want) {
            return actual instanceof Collection<?> have && sameMultiset(want, have);
        }
        if (expected instanceof Number a && actual instanceof Number b) {
            return numericEquals(a, b);
        }
        if (expected instanceof Boolean || actual instanceof Boolean || actual instanceof Number
                || expected instanceof Number) {
            return expected.equals(actual);
        }
        String want = expected.toString();
        String have = actual.toString();
        return want.equals(have) || Names.key(want).equals(Names.key(have));
    }

    private static boolean numericEquals(Number a, Number b) {
        try {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b); // NaN and infinities have no decimal form
        }
    }

    private static boolean sameMultiset(Collection<?> want, Collection<?> have) {
        if (want.size() != have.size()) {
            return false;
        }
        List<Object> left = new ArrayList<>(have);
        for (Object w : want) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                if (valueEquals(w, left.get(i))) {
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            left.remove(at);
        }
        return true;
    }
}
