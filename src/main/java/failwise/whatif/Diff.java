package failwise.whatif;

import failwise.engine.Evaluation;
import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.model.Snapshot;
import java.util.List;

/**
 * Two evaluations side by side: two fact files on one rule pack, or one fact file on two rule packs (a changed
 * Decision, an edited rule). Every conclusion that differs is matched by type and subject, as {@link ConclusionDiff}
 * does, and both evaluations keep their explanations so each side's {@code because} tree can be shown.
 */
public final class Diff {
    private Diff() {
    }

    /** Both evaluations, A then B, and what differs from A to B. */
    public record Result(Evaluation a, Evaluation b, List<Difference> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean same() {
            return differences.isEmpty();
        }
    }

    /** Evaluates {@code a} on {@code rulesA} and {@code b} on {@code rulesB} (the same pack or file may be given twice). */
    public static Result of(Snapshot a, RuleBase rulesA, Snapshot b, RuleBase rulesB) throws EvaluationException {
        Evaluation left = new Evaluator(rulesA).evaluate(a, true, 0);
        Evaluation right = new Evaluator(rulesB).evaluate(b, true, 0);
        return new Result(left, right, ConclusionDiff.of(left.conclusions(), right.conclusions()));
    }
}
