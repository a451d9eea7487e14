package failwise.report;

/** The failure-impact table: which server failures change which outcome, the most harmful first. */
final class ImpactHtml {
    private final Html h;

    ImpactHtml(Html h) {
        this.h = h;
    }

    void render(Impacts impacts) {
        if (impacts.error() != null) {
            h.raw("<ul class=\"problems\">").el("li", "mono", impacts.error()).raw("</ul>");
            return;
        }
        String what = impacts.depth() == 1 ? "each server down alone" : "each server down alone and each pair "
                + "one request depends on down together (a pair lists only what neither of its servers changes alone)";
        h.el("p", "muted", impacts.scenarios() + (impacts.scenarios() == 1 ? " failure" : " failures")
                + " evaluated, " + what + "; " + impacts.failuresWithImpact() + " change an outcome. Servers "
                + "already down are left as they are.");
        if (impacts.rows().isEmpty()) {
            return;
        }
        h.raw("<div class=\"scroll\"><table class=\"impact sortable\"><thead><tr><th data-sort=\"text\">"
                + "Servers lost</th><th data-sort=\"text\">Request</th><th data-sort=\"text\">Conclusion</th>"
                + "<th>Before</th><th>After</th><th data-sort=\"text\">Effect</th></tr></thead><tbody>\n");
        for (ImpactRow r : impacts.rows()) {
            h.raw("<tr>").el("td", null, String.join(" + ", r.downServers())).raw("<td>");
            if (r.whyId() != null) {
                h.openWith("a", "href", "#" + r.whyId()).text(r.subject()).close("a");
            } else {
                h.text(r.subject());
            }
            h.raw("</td>").el("td", null, r.type());
            outcome(r.before());
            outcome(r.after());
            h.raw("<td>").el("span", r.worse() ? "badge tone-bad" : "badge tone-role", r.worse() ? "worse"
                    : "changed").raw("</td></tr>\n");
        }
        h.raw("</tbody></table></div>\n");
    }

    /** An outcome word of the conclusions contract, coloured as in the matrix; none when there is no conclusion. */
    private void outcome(String value) {
        h.raw("<td>").el("span", "badge " + MatrixHtml.tone(MatrixBuilder.tone(value)), value == null ? "none"
                : value).raw("</td>");
    }
}
