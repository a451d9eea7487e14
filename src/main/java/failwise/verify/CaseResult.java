package failwise.verify;

import failwise.engine.Evaluation;
import failwise.model.Problem;
import java.util.List;

/**
 * The outcome of running one fact file as a case: its evaluation (null when it could not be evaluated), the
 * problems of the file itself, the rule failure on it if any, and the result of each expectation.
 */
public record CaseResult(String source, String name, Evaluation evaluation, List<Problem> problems,
                         Problem ruleFailure, List<ExpectationResult> expectations) {

    /**
     * PASS: evaluated and every expectation met; FAIL: an expectation failed; UNCHECKED: evaluated, but the file
     * has no expectations, so nothing was checked; ERROR: not evaluated.
     */
    public enum Status { PASS, FAIL, UNCHECKED, ERROR }

    public CaseResult {
        problems = List.copyOf(problems);
        expectations = List.copyOf(expectations);
    }

    public Status status() {
        if (evaluation == null || !problems.isEmpty() || ruleFailure != null) {
            return Status.ERROR;
        }
        if (expectations.isEmpty()) {
            return Status.UNCHECKED;
        }
        return failed().isEmpty() ? Status.PASS : Status.FAIL;
    }

    /** The expectations that were not met, in the file's order. */
    public List<ExpectationResult> failed() {
        return expectations.stream().filter(r -> !r.met()).toList();
    }

    /** The file's problems and the rule failure together, as the lines a user is shown. */
    public List<Problem> allProblems() {
        if (ruleFailure == null) {
            return problems;
        }
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.add(ruleFailure);
        return List.copyOf(all);
    }
}
