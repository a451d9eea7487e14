package failwise.cli;

import failwise.engine.Evaluation;
import failwise.explain.About;
import failwise.explain.Citation;
import failwise.explain.Explanations;
import failwise.explain.TextExplanation;
import failwise.model.Conclusion;
import failwise.model.DocumentVisibility;
import failwise.model.Problem;
import failwise.model.Request;
import failwise.verify.CaseResult;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code evaluate} report in text: per file a header; then per request (in the file's order) the request and
 * what the rules concluded about it (its decision, route or lookup, console messages and findings together); then
 * the conclusions about the topology, document visibility one line per document. Each conclusion names the rule
 * that concluded it and, with {@code --explain}, carries its tree; then how the file's expectations fared.
 * Problems go to stderr.
 */
final class TextReport {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean explain;
    private final Focus focus;

    TextReport(PrintWriter out, PrintWriter err, boolean explain, Focus focus) {
        this.out = out;
        this.err = err;
        this.explain = explain;
        this.focus = focus;
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
        List<Request> requests = About.requests(ev.snapshot().facts());
        Set<String> ids = About.ids(requests);
        List<Conclusion> shown = focus.of(ev.conclusions(), ids);
        if (shown.isEmpty()) {
            out.println(focus.narrowed() ? "  (no conclusions match --request/--type)" : "  (no conclusions)");
        }
        // Grouped in one pass: an estate has thousands of requests and conclusions.
        Map<String, List<Conclusion>> byRequest = new java.util.HashMap<>();
        List<Conclusion> topology = new ArrayList<>();
        for (Conclusion c : shown) {
            String request = About.request(c, ids);
            if (request == null) {
                topology.add(c);
            } else {
                byRequest.computeIfAbsent(request, k -> new ArrayList<>()).add(c);
            }
        }
        for (Request r : requests) {
            List<Conclusion> about = byRequest.getOrDefault(r.id(), List.of());
            if (!about.isEmpty()) {
                out.println("  " + text.fact(r) + "  (" + r.pointer() + ")");
                about.forEach(c -> conclusion(c, text, "    "));
            }
        }
        if (!topology.isEmpty()) {
            out.println("  Topology:");
            topology(topology, text);
        }
        expectations(result);
        out.flush();
    }

    /** Document visibility one line per document, unless asked for by type or explained (one tree per server). */
    private void topology(List<Conclusion> topology, Explanations text) {
        boolean perServer = explain || focus.types().contains("DocumentVisibility");
        Map<String, List<DocumentVisibility>> documents = new LinkedHashMap<>();
        List<Conclusion> rest = new ArrayList<>();
        for (Conclusion c : topology) {
            if (c instanceof DocumentVisibility v && !perServer) {
                documents.computeIfAbsent(v.document(), d -> new ArrayList<>()).add(v);
            } else {
                rest.add(c);
            }
        }
        documents.forEach((document, each) -> out.println("    " + text.document(document, each)));
        rest.forEach(c -> conclusion(c, text, "    "));
    }

    private void conclusion(Conclusion c, Explanations text, String indent) {
        out.println(indent + text.headline(c) + "  " + Citation.bracketed(text.evaluation().ruleOf(c)));
        if (explain) {
            TextExplanation.tree(text.of(c), indent + "  ").forEach(out::println);
        }
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
