package failwise.engine;

import failwise.model.Problem;
import java.io.IOException;

/** A rule file that cannot be read as text (it is not UTF-8): one located problem, reported like a compile error. */
public final class RuleFileException extends IOException {
    private final transient Problem problem;

    RuleFileException(Problem problem) {
        super(problem.render());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
