package failwise.cli;

import failwise.engine.Evaluation;
import failwise.model.Conclusion;
import failwise.report.Labels;

/** The texts of {@code evaluate} and {@code explain}, lent to the HTML report so all three read alike. */
final class ReportLabels implements Labels {
    private final Evaluation ev;
    private final ConclusionText conclusions;
    private final FactText facts;

    ReportLabels(Evaluation ev) {
        this.ev = ev;
        this.conclusions = new ConclusionText(ev);
        this.facts = new FactText(ev);
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
}
