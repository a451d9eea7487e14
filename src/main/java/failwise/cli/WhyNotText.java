package failwise.cli;

import failwise.engine.EvaluationException;
import failwise.engine.Evaluation;
import failwise.engine.LiveSession;
import failwise.engine.RuleBase;
import failwise.explain.Citation;
import failwise.model.Outcome;
import failwise.whatif.FactTree;
import failwise.whatif.SweepResult.OutcomeChange;
import failwise.whatif.WhyNot;
import failwise.whatif.WhyNotResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The why-not part of {@code explain}: for each outcome of the request (every one with {@code --why-not}, else
 * those whose {@link Outcome#needsWhyNot} holds), the obstacles the rules found and the verified remedies.
 */
final class WhyNotText {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean asked;

    WhyNotText(PrintWriter out, PrintWriter err, boolean asked) {
        this.out = out;
        this.err = err;
        this.asked = asked;
    }

    /** The why-not results to show, or, when they could not be had, the exit code (the error is printed). */
    record Shown(List<WhyNotResult> results, int failure) {
    }

    /**
     * The why-not results to show: all of them when asked, else those of the unwanted outcomes, on the live session
     * of the file that {@code ev} evaluated; remedies are verified only for those.
     */
    Shown shown(RuleBase rules, LiveSession live, Evaluation ev, FactTree facts, String request) {
        try {
            return new Shown(new WhyNot(rules).explain(live, ev, facts, request,
                    outcome -> asked || Outcome.needsWhyNot(outcome)).stream().filter(this::shows).toList(),
                    ExitCodes.OK);
        } catch (EvaluationException e) {
            err.println(e.problem().render());
            return new Shown(null, ExitCodes.RULES);
        }
    }

    private boolean shows(WhyNotResult r) {
        return asked || Outcome.needsWhyNot(r.outcome()) && (!r.obstacles().isEmpty() || r.proposed() > 0);
    }

    /** Prints the why-not sections; the exit code is OK unless the rules fail on a changed copy. */
    int print(RuleBase rules, LiveSession live, Evaluation ev, FactTree facts, String request) {
        Shown shown = shown(rules, live, ev, facts, request);
        if (shown.results() == null) {
            return shown.failure();
        }
        List<WhyNotResult> results = shown.results();
        if (asked && results.isEmpty()) {
            out.println();
            out.println("Why not: request " + request + " has no outcome to change (no failover decision, mail route "
                    + "or free/busy lookup)");
        }
        for (WhyNotResult r : results) {
            out.println();
            lines(r).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static List<String> lines(WhyNotResult r) {
        List<String> out = new ArrayList<>();
        out.add("Why not another outcome than " + r.outcome() + " for " + r.conclusion().type() + " "
                + r.conclusion().subject() + ":");
        if (r.obstacles().isEmpty()) {
            out.add("  nothing the rules know of stood in the way");
        } else {
            out.add("  In the way:");
            r.obstacles().forEach(o -> out.add("    - " + o.sentence() + "  " + Citation.bracketed(o.rule())));
        }
        if (!r.remedies().isEmpty()) {
            out.add("  Smallest changes that flip it, each verified by evaluating the changed facts:");
            for (WhyNotResult.Remedy m : r.remedies()) {
                out.add("    - " + String.join(" ", m.changes().stream().map(c -> "--set '" + c + "'").toList())
                        + "  → " + m.after());
                m.why().forEach(w -> out.add("        " + w));
                for (OutcomeChange c : m.sideEffects()) {
                    out.add("        but also " + c.type() + " " + c.subject() + ": " + c.before() + " → "
                            + (c.after() == null ? "none" : c.after()));
                }
            }
        } else if (r.proposed() == 0) {
            out.add("  No verified change: the rules propose none for this.");
        } else {
            out.add("  No verified change: the rules propose " + r.proposed() + ", and none flips the outcome alone"
                    + (r.proposed() > 1 ? " or with one other" : "") + " (" + r.tried()
                    + (r.tried() == 1 ? " evaluation)." : " evaluations)."));
        }
        r.untried().forEach(u -> out.add("  could not try: " + u));
        return out;
    }

}
