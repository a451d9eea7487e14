package failwise.engine;

import failwise.model.Conclusion;
import failwise.model.InputFact;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;

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
        // The evaluator reports a failing or runaway rule as a located problem; once it came to rest, a second
        // session on the same facts comes to rest too, and only collects.
        evaluator.evaluate(snapshot, false, 0);
        RuleBase ruleBase = evaluator.ruleBase();
        Provenance provenance = new Provenance(ruleBase, explain);
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) provenance);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) provenance);
            for (InputFact fact : snapshot.facts()) {
                session.insert(fact);
            }
            session.fireAllRules();
            List<Object> out = new ArrayList<>();
            for (Object o : session.getObjects(o -> types.contains(o.getClass().getSimpleName()))) {
                out.add(o);
            }
            out.sort(Comparator.comparing(Object::toString));
            List<Conclusion> conclusions = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Conclusion)) {
                conclusions.add((Conclusion) o);
            }
            conclusions.sort(Comparator.comparing(Conclusion::type).thenComparing(Conclusion::subject,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Object::toString));
            return new Result(new Evaluation(snapshot, conclusions, provenance), out);
        } finally {
            session.dispose();
        }
    }
}
