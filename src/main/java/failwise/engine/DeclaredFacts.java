package failwise.engine;

import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facts of chosen DRL-declared types a snapshot leads to (why-not's {@code Obstacle} and {@code Remedy}):
 * intermediate facts that are not conclusions, so {@link Evaluator} does not hand them back.
 */
public final class DeclaredFacts {
    private final Evaluator evaluator;

    public DeclaredFacts(RuleBase ruleBase) {
        this.evaluator = new Evaluator(ruleBase);
    }

    /**
     * The evaluation of a snapshot, and the facts of the types named in {@code types} (simple names);
     * {@code evaluation.because(fact)} explains those facts too, with the {@code @says} of the rule that made each.
     */
    public record Result(Evaluation evaluation, List<Object> facts) {
        public Result {
            facts = List.copyOf(facts);
        }
    }

    public Result evaluate(Snapshot snapshot, boolean explain, Set<String> types) throws EvaluationException {
        List<Object> declared = new ArrayList<>();
        Evaluation evaluation = evaluator.evaluate(snapshot, Evaluator.Detail.of(explain), 0, types, declared);
        return new Result(evaluation, declared);
    }
}
