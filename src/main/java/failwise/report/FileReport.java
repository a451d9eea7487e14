package failwise.report;

import failwise.explain.Explanation;
import java.util.List;

/**
 * Everything the report shows about one fact file. When the file could not be evaluated only {@code problems}
 * is filled and the other sections are empty. {@code impacts} is null when no failure sweep was asked for.
 */
public record FileReport(String id, String source, String title, String description, List<String> problems,
                         Topology topology, Matrix matrix, List<FindingRow> findings, List<WhyEntry> whys,
                         Expectations expectations, Impacts impacts) {

    /** One finding about the topology, with the anchor of its why tree. */
    public record FindingRow(String severity, String code, String subject, String message, String rule,
                             String whyId) {
    }

    /**
     * One conclusion's explanation: its anchor, the group it is listed under, the explanation and, when one was
     * worked out, why not another outcome (null otherwise).
     */
    public record WhyEntry(String id, String group, Explanation explanation, WhyNotView whyNot) {
    }

    /** How the file's {@code expect} block fared: counts, and one line per expectation that was not met. */
    public record Expectations(int total, int met, List<String> failures) {
    }

    /** True when the file was evaluated (no problems kept it from it). */
    public boolean evaluated() {
        return matrix != null;
    }
}
