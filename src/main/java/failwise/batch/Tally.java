package failwise.batch;

import failwise.verify.CaseResult;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The counts of a batch, kept as results go by instead of the results themselves: passed, failed and errors,
 * which errors were the rules' fault, and which rules fired in at least one file.
 */
public final class Tally {
    private final int expected;
    private final Set<String> rulesFired = new TreeSet<>();
    private int passed;
    private int failed;
    private int errors;
    private int unchecked;
    private int ruleFailures;

    Tally(int expected) {
        this.expected = expected;
    }

    void add(CaseResult result) {
        switch (result.status()) {
            case PASS -> passed++;
            case FAIL -> failed++;
            case UNCHECKED -> unchecked++;
            case ERROR -> errors++;
        }
        if (result.ruleFailure() != null) {
            ruleFailures++;
        }
        if (result.evaluation() != null) {
            rulesFired.addAll(result.evaluation().rulesFired());
        }
    }

    /** How many files the batch was given. */
    public int files() {
        return expected;
    }

    public int passed() {
        return passed;
    }

    public int failed() {
        return failed;
    }

    /** Files that were evaluated but have no expectations to check. */
    public int unchecked() {
        return unchecked;
    }

    /** Files that could not be evaluated: unreadable or invalid, or a rule failed on them. */
    public int errors() {
        return errors;
    }

    /** Of the errors, those where a rule failed or ran away rather than the file being bad. */
    public int ruleFailures() {
        return ruleFailures;
    }

    /** Of the errors, those where the file itself could not be read or is invalid. */
    public int inputErrors() {
        return errors - ruleFailures;
    }

    public Set<String> rulesFired() {
        return Collections.unmodifiableSet(rulesFired);
    }

    /**
     * {@code 12 passed, 1 failed}, then {@code , 3 without expectations} and {@code , 2 errors} only when there are
     * any.
     */
    public String line() {
        return passed + " passed, " + failed + " failed"
                + (unchecked == 0 ? "" : ", " + unchecked + " without expectations")
                + (errors == 0 ? "" : ", " + errors + " errors");
    }
}
