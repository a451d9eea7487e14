package failwise.cli;

import failwise.engine.Evaluation;
import failwise.model.Conclusion;
import failwise.report.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The texts of {@code evaluate} and {@code explain}, lent to the HTML report so all three read alike. */
final class ReportLabels implements Labels {
    private final Evaluation ev;
    private final ConclusionText conclusions;
    private final FactText facts;
    private final ExplainTree explain;

    ReportLabels(Evaluation ev) {
        this.ev = ev;
        this.conclusions = new ConclusionText(ev);
        this.facts = new FactText(ev);
        this.explain = new ExplainTree(ev);
    }

    @Override
    public String headline(Conclusion conclusion) {
        return conclusions.headline(conclusion);
    }

    @Override
    public String fact(Object fact) {
        return facts.of(fact);
    }

    @Override
    public String name(Object value) {
        return ev.text(value);
    }

    @Override
    public List<String> inShort(Conclusion conclusion) {
        // explain numbers the steps itself; the page numbers them with an ordered list.
        return explain.inShort(conclusion, "").stream().map(line -> line.replaceFirst("^\\d+\\. ", "")).toList();
    }

    @Override
    public Map<String, String> documentedIn(Conclusion conclusion) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : explain.sources(List.of(conclusion), "")) {
            int gap = line.indexOf("  ");
            out.put(line.substring(0, gap), line.substring(gap + 2));
        }
        return out;
    }
}
