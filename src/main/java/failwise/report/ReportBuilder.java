package failwise.report;

import failwise.engine.Evaluation;
import failwise.engine.RuleInfo;
import failwise.explain.Citation;
import failwise.explain.Explanations;
import failwise.model.Conclusion;
import failwise.model.ConsoleMessage;
import failwise.model.DocumentVisibility;
import failwise.model.FailoverDecision;
import failwise.model.Finding;
import failwise.model.FreeBusyLookup;
import failwise.model.MailRoute;
import failwise.model.Problem;
import failwise.model.Scenario;
import failwise.verify.CaseResult;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the {@link FileReport} of one evaluated (or unreadable) fact file. */
public final class ReportBuilder {
    /** The groups why trees are listed under, in the order the report shows them. */
    static final List<String> GROUPS = List.of("Requests", "Console messages", "Findings", "Document visibility",
            "Other conclusions");


    /**
     * The report section of one file; {@code id} is its HTML anchor, {@code impacts} null without a sweep,
     * {@code whyNots} the why-nots worked out for its conclusions (each shown with the conclusion it names).
     */
    public FileReport build(String id, CaseResult result, Impacts impacts, List<WhyNotView> whyNots) {
        List<String> problems = result.allProblems().stream().map(Problem::render).toList();
        Evaluation ev = result.evaluation();
        if (ev == null) {
            return new FileReport(id, result.source(), result.name(), null, problems, null, null, List.of(),
                    List.of(), null, null);
        }
        Explanations labels = new Explanations(ev);
        Map<Conclusion, String> whyIds = new IdentityHashMap<>();
        for (int i = 0; i < ev.conclusions().size(); i++) {
            whyIds.put(ev.conclusions().get(i), id + "-why-" + (i + 1));
        }
        List<FileReport.WhyEntry> whys = new ArrayList<>();
        List<FileReport.FindingRow> findings = new ArrayList<>();
        for (Conclusion c : ev.conclusions()) {
            WhyNotView whyNot = whyNots.stream()
                    .filter(w -> w.type().equals(c.type()) && Objects.equals(w.subject(), c.subject()))
                    .findFirst().orElse(null);
            whys.add(new FileReport.WhyEntry(whyIds.get(c), group(c), labels.of(c), whyNot));
            if (c instanceof Finding f) {
                findings.add(new FileReport.FindingRow(f.severity(), f.code(), labels.name(f.subject()), f.message(),
                        ruleTag(ev.ruleOf(f)), whyIds.get(c)));
            }
        }
        Matrix matrix = new MatrixBuilder(labels, whyIds::get).of(ev.snapshot(), ev.conclusions());
        return new FileReport(id, result.source(), result.name(), description(ev), problems,
                new TopologyBuilder(labels).of(ev.snapshot()), matrix, findings, whys,
                expectations(result), linked(impacts, ev.conclusions(), whyIds));
    }

    /** Each impact row links to the why tree of the conclusion it is about (same type and subject). */
    private static Impacts linked(Impacts impacts, List<Conclusion> conclusions, Map<Conclusion, String> whyIds) {
        if (impacts == null) {
            return null;
        }
        List<ImpactRow> rows = new ArrayList<>();
        for (ImpactRow r : impacts.rows()) {
            String id = conclusions.stream()
                    .filter(c -> c.type().equals(r.type()) && Objects.equals(c.subject(), r.subject()))
                    .findFirst().map(whyIds::get).orElse(null);
            rows.add(r.withWhy(id));
        }
        return new Impacts(impacts.depth(), impacts.scenarios(), impacts.failuresWithImpact(), rows,
                impacts.error());
    }

    private static String group(Conclusion c) {
        if (c instanceof FailoverDecision || c instanceof MailRoute || c instanceof FreeBusyLookup) {
            return GROUPS.get(0);
        } else if (c instanceof ConsoleMessage) {
            return GROUPS.get(1);
        } else if (c instanceof Finding) {
            return GROUPS.get(2);
        } else if (c instanceof DocumentVisibility) {
            return GROUPS.get(3);
        }
        return GROUPS.get(4);
    }

    private static String ruleTag(RuleInfo rule) {
        return rule == null ? null : Citation.of(rule).text();
    }

    private static String description(Evaluation ev) {
        return ev.snapshot().facts().stream().filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .map(Scenario::description).filter(d -> d != null).findFirst().orElse(null);
    }

    private static FileReport.Expectations expectations(CaseResult result) {
        List<String> failures = new ArrayList<>();
        for (ExpectationResult r : result.failed()) {
            failures.add(ExpectationText.failure(r, result.evaluation().writtenNames()));
        }
        return new FileReport.Expectations(result.expectations().size(),
                result.expectations().size() - failures.size(), failures);
    }
}
