package failwise.engine;

import failwise.model.Problem;

/** The rules went wrong on a fact file: a rule threw, or rules kept firing up to the firing limit. */
public final class EvaluationException extends Exception {
    private final Problem problem;

    EvaluationException(Problem problem) {
        super(problem.render());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
