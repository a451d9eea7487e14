package failwise.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The server × request matrix as a table: a row per conclusion about a request, its outcome and who served it,
 * then one cell per server saying in words (and colour) what that server did.
 */
final class MatrixHtml {
    private final Html h;

    MatrixHtml(Html h) {
        this.h = h;
    }

    static String tone(Matrix.Tone tone) {
        return "tone-" + tone.name().toLowerCase(Locale.ROOT);
    }

    /** {@code withWhyNot}: the why anchors of the conclusions that have a why-not, linked from their row. */
    void render(Matrix m, Set<String> withWhyNot) {
        if (m.rows().isEmpty()) {
            h.el("p", "muted", "The file has no requests.");
            return;
        }
        h.raw("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th class=\"req\">Request</th>"
                + "<th>Outcome</th><th>Served by</th>");
        for (Matrix.Column c : m.columns()) {
            h.raw("<th class=\"server\" scope=\"col\">").text(c.name());
            if (c.state() != null) {
                h.el("span", "state state-" + c.state(), c.state());
            }
            h.el("span", "cluster", c.cluster() == null ? "no cluster" : "cluster " + c.cluster()).raw("</th>");
        }
        h.raw("</tr></thead><tbody>\n");
        for (Matrix.Row r : m.rows()) {
            h.raw("<tr><th class=\"req\" scope=\"row\">");
            if (r.whyId() != null) {
                h.openWith("a", "href", "#" + r.whyId(), "title", "why").text(r.request()).close("a");
            } else {
                h.text(r.request());
            }
            h.el("span", "action", r.action() + (r.type() == null ? "" : " · " + r.type())).raw("</th>");
            h.raw("<td class=\"outcome\">").el("span", "badge " + tone(r.tone()), r.outcome());
            if (!r.detail().isEmpty()) {
                h.el("span", "detail", " " + r.detail());
            }
            if (r.whyId() != null && withWhyNot.contains(r.whyId())) {
                h.raw(" ").openWith("a", "class", "whynot-link", "href", "#" + r.whyId()).text("why not")
                        .close("a");
            }
            h.raw("</td>").el("td", null, r.servedBy() == null ? "nobody" : r.servedBy());
            for (Matrix.Column c : m.columns()) {
                List<Matrix.Part> parts = r.cells().get(c.key());
                if (parts == null) {
                    h.raw("<td class=\"cell empty\"></td>");
                    continue;
                }
                h.raw("<td class=\"cell\">");
                for (Matrix.Part p : parts) {
                    h.openWith("div", "class", "part " + tone(p.tone())).el("b", null, p.label());
                    if (p.note() != null) {
                        h.el("span", "note", p.note());
                    }
                    h.raw("</div>");
                }
                h.raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table></div>\n");
    }
}
