package failwise.facts;

import failwise.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems found in one file, collected by JSON pointer while reading and located in the text only at the
 * end, so a file without problems never pays for line and column tracking.
 */
final class Issues {

    static final String SYNTAX = "syntax";
    static final String DUPLICATE_KEY = "duplicate-key";
    static final String UNKNOWN_KEY = "unknown-key";
    static final String MISSING_FIELD = "missing-field";
    static final String WRONG_TYPE = "wrong-type";
    static final String UNKNOWN_VALUE = "unknown-value";
    static final String OUT_OF_RANGE = "out-of-range";
    static final String DUPLICATE_NAME = "duplicate-name";
    static final String CONFLICTING_KEYS = "conflicting-keys";
    static final String UNKNOWN_REFERENCE = "unknown-reference";
    static final String UNKNOWN_GROUP = "unknown-group";
    static final String GROUP_CYCLE = "group-cycle";
    static final String BAD_INSTANT = "bad-instant";
    static final String LIMIT = "limit";
    static final String UNSUPPORTED = "unsupported";
    static final String IO = "io";
    static final String INTERNAL = "internal";

    private static final int UNLOCATED = -1;

    /** One problem before it is located; {@code line} is {@value #UNLOCATED} until it is. */
    private record Issue(String pointer, String code, String message, boolean atKey, int line, int column) {
    }

    private final List<Issue> issues = new ArrayList<>();

    /** A problem with the value at {@code pointer}. */
    void add(String pointer, String code, String message) {
        issues.add(new Issue(pointer, code, message, false, UNLOCATED, 0));
    }

    /** A problem with the key of the member at {@code pointer}. */
    void addAtKey(String pointer, String code, String message) {
        issues.add(new Issue(pointer, code, message, true, UNLOCATED, 0));
    }

    /** A problem whose place is already known (from the parser). */
    void addAt(String pointer, String code, String message, int line, int column) {
        issues.add(new Issue(pointer, code, message, false, Math.max(line, 0), Math.max(column, 0)));
    }

    /** This list with {@code other}'s problems added; {@link #toProblems} puts them in file order. */
    Issues merge(Issues other) {
        issues.addAll(other.issues);
        return this;
    }

    boolean isEmpty() {
        return issues.isEmpty();
    }

    /** Every problem located through {@code locator} and ordered as they stand in the file. */
    List<Problem> toProblems(String source, Locator locator) {
        Locator where = locator == null ? Locator.NONE : locator;
        Map<String, int[]> values = Map.of();
        Map<String, int[]> keys = Map.of();
        if (where instanceof TextLocator text) {
            // One pass over the text for all pointers, rather than one pass per problem.
            Set<String> wantedValues = new HashSet<>();
            Set<String> wantedKeys = new HashSet<>();
            for (Issue issue : issues) {
                if (issue.line == UNLOCATED) {
                    (issue.atKey ? wantedKeys : wantedValues).add(issue.pointer);
                }
            }
            TextLocator.Found found = text.locate(wantedValues, wantedKeys);
            values = found.values();
            keys = found.keys();
        }
        List<Problem> problems = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            int[] at = issue.line != UNLOCATED ? new int[] {issue.line, issue.column}
                    : where instanceof TextLocator ? (issue.atKey ? keys : values).getOrDefault(issue.pointer, TextLocator.UNKNOWN)
                    : issue.atKey ? where.keyLineColumnOf(issue.pointer) : where.lineColumnOf(issue.pointer);
            boolean known = at != null && at.length >= 2;
            // The pointer is escaped only now: it had to match the text to be located, and must not break the line.
            problems.add(new Problem(source, known ? at[0] : 0, known ? at[1] : 0, Shown.escape(issue.pointer),
                    issue.code, issue.message));
        }
        // Unlocated problems go last; the sort is stable, so equal places keep the order they were found in.
        problems.sort(Comparator.comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
                .thenComparingInt(Problem::column));
        return problems;
    }
}
