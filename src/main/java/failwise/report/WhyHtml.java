package failwise.report;

import java.util.List;

/**
 * The why trees: one collapsible entry per conclusion, grouped by kind, each step a nested {@code <details>}
 * so the tree folds and unfolds without any script.
 */
final class WhyHtml {
    private final Html h;

    WhyHtml(Html h) {
        this.h = h;
    }

    void render(List<FileReport.WhyEntry> whys) {
        if (whys.isEmpty()) {
            h.el("p", "muted", "The rules concluded nothing.");
            return;
        }
        h.raw("<div class=\"tools\" hidden><button type=\"button\" data-open=\"true\">Expand all</button>"
                + "<button type=\"button\" data-open=\"false\">Collapse all</button></div>\n");
        for (String group : ReportBuilder.GROUPS) {
            List<FileReport.WhyEntry> in = whys.stream().filter(w -> w.group().equals(group)).toList();
            if (in.isEmpty()) {
                continue;
            }
            h.el("h4", null, group + " (" + in.size() + ")");
            for (FileReport.WhyEntry w : in) {
                h.openWith("details", "class", "why", "id", w.id()).raw("<summary>").text(w.headline());
                if (w.whyNot() != null) {
                    h.raw(" ").el("span", "badge tone-shifted", w.whyNot().remedies().isEmpty() ? "why not"
                            : "why not, and a verified fix");
                }
                h.raw("</summary>");
                if (!w.inShort().isEmpty()) {
                    h.raw("<div class=\"short\">").el("h5", null, "In short").raw("<ol>");
                    w.inShort().forEach(step -> h.el("li", null, step));
                    h.raw("</ol></div>");
                }
                // Right after the short account: for an outcome nobody wanted, what would change it matters most.
                if (w.whyNot() != null) {
                    new WhyNotHtml(h).render(w.whyNot());
                }
                h.raw("<div class=\"full\">").el("h5", null, "In full").raw("<ul class=\"tree\">");
                node(w.why());
                h.raw("</ul></div>");
                if (!w.documentedIn().isEmpty()) {
                    h.raw("<div class=\"docs\">").el("h5", null, "Documented in").raw("<dl>");
                    w.documentedIn().forEach((id, doc) -> h.el("dt", null, id).el("dd", null, doc));
                    h.raw("</dl></div>");
                }
                h.raw("</details>\n");
            }
        }
    }

    private void node(WhyNode n) {
        h.raw("<li>");
        if (n.children().isEmpty()) {
            label(n);
            if (n.seeAbove()) {
                h.el("span", "seen", "(see above)");
            }
        } else {
            h.raw("<details open><summary>");
            label(n);
            h.raw("</summary><ul>");
            n.children().forEach(this::node);
            h.raw("</ul></details>");
        }
        h.raw("</li>");
    }

    private void label(WhyNode n) {
        if (n.rule() == null) {
            h.el("span", "fact", n.text());
            if (n.pointer() != null) {
                h.el("code", "ptr", n.pointer());
            }
        } else {
            h.el("span", "says", n.text()).el("span", "rule", "[" + n.rule() + "]");
        }
    }
}
