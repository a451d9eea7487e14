package failwise.report;

import java.util.List;

/** The findings table, sorted by severity in the page (most severe first) and by any column on a click. */
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
}
