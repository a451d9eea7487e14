package failwise.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.engine.RuleInfo;
import failwise.verify.CaseResult;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The batch report for scripts, as JSON Lines: one object per file ({@code file}, {@code status}, the unmet
 * expectations with the actual conclusions beside them, the problems), then one {@code summary} object.
 */
public final class JsonFormat implements ResultFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintWriter out;

    public JsonFormat(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() {
        // JSON Lines has no header
    }

    @Override
    public void file(CaseResult result) {
        ObjectNode doc = NODES.objectNode();
        doc.put("file", result.source());
        doc.put("name", result.name());
        doc.put("status", result.status().name());
        doc.put("expectations", result.expectations().size());
        doc.put("met", result.expectations().size() - result.failed().size());
        Map<String, String> written = result.evaluation() == null ? Map.of() : result.evaluation().writtenNames();
        ArrayNode failed = doc.putArray("failed");
        result.failed().forEach(r -> failed.add(failure(r, written)));
        ArrayNode problems = doc.putArray("problems");
        result.allProblems().forEach(p -> problems.add(JsonValues.problem(p)));
        println(doc);
    }

    @Override
    public void end(Tally tally, Coverage coverage) {
        ObjectNode doc = NODES.objectNode();
        ObjectNode summary = doc.putObject("summary");
        summary.put("files", tally.files());
        summary.put("passed", tally.passed());
        summary.put("failed", tally.failed());
        summary.put("unchecked", tally.unchecked());
        summary.put("errors", tally.errors());
        summary.put("text", tally.line());
        if (coverage != null) {
            ObjectNode cov = doc.putObject("coverage");
            cov.put("rules", coverage.total());
            cov.put("fired", coverage.fired());
            cov.put("percent", coverage.percent());
            cov.put("text", coverage.line());
            ArrayNode unfired = cov.putArray("unfired");
            for (RuleInfo r : coverage.unfired()) {
                unfired.addObject().put("rule", r.name()).put("file", r.file()).put("line", r.line());
            }
            if (coverage.minimum() != null) {
                cov.put("minimum", coverage.minimum());
                cov.put("minimumMet", !coverage.failsMinimum());
            }
        }
        println(doc);
    }

    private static ObjectNode failure(ExpectationResult r, Map<String, String> written) {
        ObjectNode node = JsonValues.expectation(r);
        // For an absent expectation these are the conclusions that should not exist, for an only one those it does
        // not list; else the nearest ones.
        ArrayNode actual = node.putArray("actual");
        r.closest().forEach(c -> JsonValues.conclusion(actual, c, written));
        node.put("text", ExpectationText.failure(r, written));
        return node;
    }

    private void println(JsonNode doc) {
        try {
            out.println(MAPPER.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree: " + e.getMessage(), e);
        }
        out.flush();
    }
}
