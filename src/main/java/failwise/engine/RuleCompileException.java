package failwise.engine;

import failwise.model.Problem;
import java.util.List;

/** The rules did not compile; each problem is one {@code file:line:col: message} line. */
public final class RuleCompileException extends Exception {
    private final List<Problem> problems;

    public RuleCompileException(List<Problem> problems) {
        super(problems.size() + " rule problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
