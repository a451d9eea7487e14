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
 * expectation gives must equal the conclusion's value; {@code absent} turns it into "no conclusion matches";
 * {@code only} into "every conclusion in this scope is listed": each conclusion the scope's fields match must be
 * paired with a listed expectation it matches, a different one for each, so an extra or duplicated conclusion fails.
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
            } else if (e.only()) {
                List<Conclusion> unlisted = unlisted(matching, expectations);
                results.add(new ExpectationResult(e, unlisted.isEmpty(), unlisted));
            } else if (!matching.isEmpty()) {
                results.add(new ExpectationResult(e, true, List.of()));
            } else {
                results.add(new ExpectationResult(e, false, closest(e.fields(), conclusions)));
            }
        }
        return results;
    }

    /**
     * The conclusions of {@code scope} left over when each is paired with a different listed expectation that
     * matches it, pairing as many as can be (augmenting paths over the conclusion-expectation matches).
     */
    private static List<Conclusion> unlisted(List<Conclusion> scope, List<Expectation> expectations) {
        List<Expectation> listed = expectations.stream().filter(Expectation::lists).toList();
        int[] pairedWith = new int[listed.size()];
        java.util.Arrays.fill(pairedWith, -1);
        List<Conclusion> left = new ArrayList<>();
        for (int c = 0; c < scope.size(); c++) {
            if (!pair(c, scope, listed, pairedWith, new boolean[listed.size()])) {
                left.add(scope.get(c));
            }
        }
        return left;
    }

    private static boolean pair(int c, List<Conclusion> scope, List<Expectation> listed, int[] pairedWith,
                                boolean[] tried) {
        for (int x = 0; x < listed.size(); x++) {
            if (!tried[x] && matches(listed.get(x).fields(), scope.get(c))) {
                tried[x] = true;
                if (pairedWith[x] < 0 || pair(pairedWith[x], scope, listed, pairedWith, tried)) {
                    pairedWith[x] = c;
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code conclusion} has every field {@code expected} gives, with an equal value. */
    public static boolean matches(Map<String, Object> expected, Conclusion conclusion) {
        Map<String, Object> actual = FactFields.of(conclusion);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            String key = e.getKey();
            if (key.equals("absent") || key.equals("only")) {
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
