package failwise.cli;

import failwise.engine.Evaluation;
import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.explain.Citation;
import failwise.model.Conclusion;
import failwise.model.Outcome;
import failwise.report.WhyNotView;
import failwise.verify.FactFields;
import failwise.whatif.FactTree;
import failwise.whatif.SweepResult.OutcomeChange;
import failwise.whatif.WhyNot;
import failwise.whatif.WhyNotResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The why-not part of the report: for each request whose outcome is not one a user wants, what stood in the way
 * and the verified changes that flip it, worked out by {@link WhyNot} exactly as {@code explain} does unasked.
 */
final class ReportWhyNot {

    private final WhyNot whyNot;

    /** The why-nots of one file, or the line saying why they could not be worked out (null when they were). */
    record Found(List<WhyNotView> views, String problem, int exitCode) {
    }

    ReportWhyNot(RuleBase rules) {
        this.whyNot = new WhyNot(rules);
    }

    /** Only called for a file that evaluated; {@code ev} is that evaluation, to find the requests to ask about. */
    Found run(FactTree facts, Evaluation ev) {
        Set<String> requests = new LinkedHashSet<>();
        for (Conclusion c : ev.conclusions()) {
            Object outcome = FactFields.of(c).get("outcome");
            if (outcome != null && Outcome.needsWhyNot(String.valueOf(outcome)) && c.subject() != null) {
                requests.add(c.subject());
            }
        }
        if (requests.isEmpty()) {
            return new Found(List.of(), null, ExitCodes.OK);
        }
        List<WhyNotView> views = new ArrayList<>();
        try {
            for (String request : requests) {
                for (WhyNotResult r : whyNot.explain(facts, request)) {
                    boolean worthShowing = !r.obstacles().isEmpty() || r.proposed() > 0;
                    if (Outcome.needsWhyNot(r.outcome()) && worthShowing) {
                        views.add(view(r));
                    }
                }
            }
        } catch (EvaluationException e) {
            return new Found(views, e.problem().render(), ExitCodes.RULES);
        }
        return new Found(views, null, ExitCodes.OK);
    }

    private static WhyNotView view(WhyNotResult r) {
        List<WhyNotView.Obstacle> obstacles = r.obstacles().stream()
                .map(o -> new WhyNotView.Obstacle(o.sentence(), Citation.of(o.rule()).text())).toList();
        List<WhyNotView.Remedy> remedies = new ArrayList<>();
        for (WhyNotResult.Remedy m : r.remedies()) {
            List<String> side = new ArrayList<>();
            for (OutcomeChange c : m.sideEffects()) {
                side.add(c.type() + " " + c.subject() + ": " + c.before() + " → " + (c.after() == null ? "none"
                        : c.after()));
            }
            remedies.add(new WhyNotView.Remedy(m.changes(), m.why(), m.after(), side));
        }
        return new WhyNotView(r.conclusion().type(), r.conclusion().subject(), r.outcome(), obstacles, remedies,
                r.proposed(), r.tried(), r.untried());
    }

}
