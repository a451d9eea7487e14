package failwise.cli;

import failwise.engine.Evaluation;
import failwise.explain.Citation;
import failwise.explain.Explanations;
import failwise.explain.TextExplanation;
import failwise.model.Conclusion;
import failwise.model.Problem;
import failwise.verify.CaseResult;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import java.io.PrintWriter;

/**
 * The {@code evaluate} report in text: per file a header, one line per conclusion with the rule that concluded
 * it, optionally its explanation, then how the file's expectations fared. Problems go to stderr.
 */
final class TextReport {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean explain;

    TextReport(PrintWriter out, PrintWriter err, boolean explain) {
        this.out = out;
        this.err = err;
        this.explain = explain;
    }

    void print(CaseResult result) {
        for (Problem p : result.allProblems()) {
            err.println(p.render());
        }
        err.flush();
        Evaluation ev = result.evaluation();
        if (ev == null) {
            return;
        }
        out.println(result.source() + (result.name() == null ? "" : "  " + result.name()));
        Explanations text = new Explanations(ev);
        if (ev.conclusions().isEmpty()) {
            out.println("  (no conclusions)");
        }
        for (Conclusion c : ev.conclusions()) {
            out.println("  " + text.headline(c) + "  " + Citation.bracketed(ev.ruleOf(c)));
            if (explain) {
                TextExplanation.tree(text.of(c), "    ").forEach(out::println);
            }
        }
        expectations(result);
        out.flush();
    }

    private void expectations(CaseResult result) {
        if (result.expectations().isEmpty()) {
            return;
        }
        for (ExpectationResult r : result.failed()) {
            out.println("  " + ExpectationText.failure(r, result.evaluation().writtenNames()));
        }
        int met = result.expectations().size() - result.failed().size();
        out.println("  expect: " + met + " met" + (result.failed().isEmpty() ? "" : ", " + result.failed().size()
                + " FAILED"));
    }
}
