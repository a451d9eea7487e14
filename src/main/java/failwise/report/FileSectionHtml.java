package failwise.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One fact file's section: its header and summary, then topology, matrix, findings, why trees and impact. */
final class FileSectionHtml {
    private final Html h;

    FileSectionHtml(Html h) {
        this.h = h;
    }

    /** The sub-sections a file has, as {anchor suffix, heading}. */
    static List<String[]> sections(FileReport f) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"topology", "Topology"});
        out.add(new String[] {"matrix", "Servers × requests"});
        out.add(new String[] {"findings", "Findings"});
        if (f.impacts() != null) {
            out.add(new String[] {"impact", "Failure impact"});
        }
        // Last, as it is the longest: every other section links into it.
        out.add(new String[] {"why", "Why"});
        return out;
    }

    void render(FileReport f) {
        h.openWith("section", "class", f.evaluated() ? "file" : "file error", "id", f.id()).line();
        h.el("h2", null, f.title() == null ? f.source() : f.title());
        h.el("p", "source mono", f.source());
        if (!f.evaluated()) {
            h.el("p", null, "This file could not be evaluated:");
            h.openWith("ul", "class", "problems");
            f.problems().forEach(p -> h.el("li", "mono", p));
            h.raw("</ul></section>\n");
            return;
        }
        if (f.description() != null) {
            h.el("p", "description", f.description());
        }
        cards(f);
        expectations(f.expectations());
        String[][] parts = sections(f).toArray(new String[0][]);
        for (String[] part : parts) {
            h.openWith("div", "class", "part-" + part[0], "id", f.id() + "-" + part[0]).el("h3", null, part[1]);
            switch (part[0]) {
                case "topology" -> new TopologyHtml(h).render(f.topology());
                case "matrix" -> new MatrixHtml(h).render(f.matrix(), f.whys().stream()
                        .filter(w -> w.whyNot() != null).map(FileReport.WhyEntry::id).collect(Collectors.toSet()));
                case "findings" -> new FindingsHtml(h).render(f.id(), f.findings());
                case "impact" -> new ImpactHtml(h).render(f.impacts());
                default -> new WhyHtml(h).render(f.whys());
            }
            h.raw("</div>\n");
        }
        h.raw("</section>\n");
    }

    private void cards(FileReport f) {
        h.raw("<div class=\"cards\">");
        card(f.topology().servers().size(), "server", "servers");
        card(f.matrix().rows().stream().map(Matrix.Row::request).distinct().count(), "request", "requests");
        card(f.matrix().rows().stream().filter(r -> r.tone() == Matrix.Tone.BAD).count(), "fails or is held",
                "fail or are held");
        card(f.findings().stream().filter(x -> "ERROR".equals(x.severity())).count(), "error finding",
                "error findings");
        card(f.findings().stream().filter(x -> "WARNING".equals(x.severity())).count(), "warning finding",
                "warning findings");
        h.raw("</div>\n");
    }

    private void card(long value, String one, String many) {
        h.raw("<div class=\"card\">").el("b", null, value).el("span", null, value == 1 ? one : many).raw("</div>");
    }

    private void expectations(FileReport.Expectations e) {
        if (e == null || e.total() == 0) {
            return;
        }
        String summary = "expect block: " + e.met() + " of " + e.total() + " met";
        h.raw("<p>").el("span", e.failures().isEmpty() ? "badge tone-ok" : "badge tone-bad", summary).raw("</p>");
        if (!e.failures().isEmpty()) {
            h.openWith("ul", "class", "problems");
            e.failures().forEach(x -> h.el("li", "mono", x));
            h.raw("</ul>");
        }
    }
}
