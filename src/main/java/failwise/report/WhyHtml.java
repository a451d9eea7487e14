package failwise.report;

import java.util.List;

/**
 * The why trees: one collapsible entry per conclusion, grouped by kind, each written by {@link HtmlExplanation}.
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
                h.openWith("details", "class", "why", "id", w.id()).raw("<summary>").text(w.explanation().headline());
                if (w.whyNot() != null) {
                    h.raw(" ").el("span", "badge tone-shifted", w.whyNot().remedies().isEmpty() ? "why not"
                            : "why not, and a verified fix");
                }
                h.raw("</summary>");
                // Right after the short account: for an outcome nobody wanted, what would change it matters most.
                new HtmlExplanation(h, () -> {
                    if (w.whyNot() != null) {
                        new WhyNotHtml(h).render(w.whyNot());
                    }
                }).write(w.explanation());
                h.raw("</details>\n");
            }
        }
    }
}
