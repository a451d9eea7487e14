package failwise.report;

import failwise.explain.Explanation;
import failwise.explain.ExplanationFormat;
import failwise.explain.Step;

/**
 * The HTML form of an explanation: "In short" as an ordered list, "In full" as nested {@code <details>} so the
 * tree folds and unfolds without any script, and "Documented in" as a definition list.
 */
final class HtmlExplanation implements ExplanationFormat {
    private final Html h;
    private final Runnable afterShort;

    /** {@code afterShort} writes what goes between the short account and the tree (the why-not), if anything. */
    HtmlExplanation(Html h, Runnable afterShort) {
        this.h = h;
        this.afterShort = afterShort;
    }

    @Override
    public void write(Explanation e) {
        if (!e.inShort().isEmpty()) {
            h.raw("<div class=\"short\">").el("h5", null, "In short").raw("<ol>");
            e.inShort().forEach(step -> h.el("li", null, step.shortLine()));
            h.raw("</ol></div>");
        }
        afterShort.run();
        h.raw("<div class=\"full\">").el("h5", null, "In full").raw("<ul class=\"tree\">");
        node(e.tree());
        h.raw("</ul></div>");
        if (!e.documentedIn().isEmpty()) {
            h.raw("<div class=\"docs\">").el("h5", null, "Documented in").raw("<dl>");
            e.documentedIn().forEach((id, doc) -> h.el("dt", null, id).el("dd", null, doc));
            h.raw("</dl></div>");
        }
    }

    private void node(Step s) {
        h.raw("<li>");
        if (s.premises().isEmpty()) {
            label(s);
            if (s.seeAbove()) {
                h.el("span", "seen", "(see above)");
            }
        } else {
            h.raw("<details open><summary>");
            label(s);
            h.raw("</summary><ul>");
            s.premises().forEach(this::node);
            h.raw("</ul></details>");
        }
        h.raw("</li>");
    }

    private void label(Step s) {
        if (s.citation() == null) {
            h.el("span", "fact", s.text());
            if (s.pointer() != null) {
                h.el("code", "ptr", s.pointer());
            }
        } else {
            h.el("span", "says", s.text()).el("span", "rule", s.citation().bracketed());
        }
    }
}
