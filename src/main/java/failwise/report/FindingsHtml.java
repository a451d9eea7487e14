package failwise.report;

import java.util.List;

/** The findings table (sorted by severity in the page, most severe first) and the failure-impact table. */
final class FindingsHtml {
    private final Html h;

    FindingsHtml(Html h) {
        this.h = h;
    }

    void render(String fileId, List<FileReport.FindingRow> findings) {
        if (findings.isEmpty()) {
            h.el("p", "muted", "No findings: the rules have no advice about this topology.");
            return;
        }
        h.openWith("table", "class", "findings sortable", "id", fileId + "-findings-table");
        h.raw("<thead><tr><th data-sort=\"severity\" data-default>Severity</th><th data-sort=\"text\">Code</th>"
                + "<th data-sort=\"text\">Subject</th><th>Advice</th><th data-sort=\"text\">Rule</th></tr></thead>"
                + "<tbody>\n");
        for (FileReport.FindingRow f : findings) {
            h.raw("<tr>").openWith("td", "data-value", f.severity()).el("span", "badge sev-" + f.severity(),
                    f.severity()).raw("</td>").el("td", "mono", f.code()).el("td", null, f.subject())
                    .el("td", null, f.message()).raw("<td>");
            if (f.whyId() != null) {
                h.openWith("a", "href", "#" + f.whyId()).text(f.rule() == null ? "why" : f.rule()).close("a");
            } else {
                h.text(f.rule());
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody></table>\n");
    }

    void impacts(List<ImpactRow> impacts) {
        if (impacts.isEmpty()) {
            h.el("p", "muted", "Losing the servers swept changes no conclusion.");
            return;
        }
        h.raw("<div class=\"scroll\"><table class=\"impact sortable\"><thead><tr><th data-sort=\"text\">"
                + "Servers lost</th><th data-sort=\"text\">Conclusion</th><th data-sort=\"text\">About</th>"
                + "<th>Before</th><th>After</th></tr></thead><tbody>\n");
        for (ImpactRow r : impacts) {
            h.raw("<tr>").el("td", null, String.join(", ", r.downServers())).el("td", null, r.type())
                    .el("td", null, r.subject());
            outcome(r.before());
            outcome(r.after());
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table></div>\n");
    }

    /** An outcome word first (as the sweep reports it) gets its colour; the text is always there too. */
    private void outcome(String value) {
        String word = value == null ? "" : value.split("[ ,(]", 2)[0];
        h.raw("<td>").el("span", "badge " + MatrixHtml.tone(MatrixBuilder.tone(word)), value == null ? "none"
                : value).raw("</td>");
    }
}
