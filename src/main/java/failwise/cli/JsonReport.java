package failwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.batch.JsonValues;
import failwise.engine.Evaluation;
import failwise.explain.About;
import failwise.explain.Explanations;
import failwise.model.Conclusion;
import failwise.verify.CaseResult;
import failwise.verify.ExpectationResult;
import failwise.whatif.SweepResult.OutcomeChange;
import failwise.whatif.WhyNotResult;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of results, as {@code conclusions.md} specifies: one document per fact file, each conclusion
 * with its fields (names as written), its rule and its {@code because} tree down to the facts of the file.
 */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Focus focus;

    JsonReport() {
        this(Focus.ALL);
    }

    /** {@code focus} narrows the conclusions of {@link #document} (the expectations are reported whole). */
    JsonReport(Focus focus) {
        this.focus = focus;
    }

    /** One line: the whole report of one file. */
    String document(CaseResult result) {
        ObjectNode doc = NODES.objectNode();
        doc.put("source", result.source());
        doc.put("name", result.name());
        Evaluation ev = result.evaluation();
        ArrayNode conclusions = doc.putArray("conclusions");
        if (ev != null) {
            Set<String> ids = About.ids(About.requests(ev.snapshot().facts()));
            explain(focus.of(ev.conclusions(), ids), ev, conclusions);
        }
        ArrayNode problems = doc.putArray("problems");
        result.allProblems().forEach(p -> problems.add(JsonValues.problem(p)));
        ArrayNode expectations = doc.putArray("expectations");
        Map<String, String> written = ev == null ? Map.of() : ev.writtenNames();
        result.expectations().forEach(r -> expectations.add(expectation(r, written)));
        return write(doc);
    }

    /** One line: the conclusions about one request, with their trees. */
    String explanation(String source, String request, List<Conclusion> about, Evaluation ev) {
        return explanation(source, request, about, ev, List.of());
    }

    /** The same, with the why-not of each outcome explain shows it for. */
    String explanation(String source, String request, List<Conclusion> about, Evaluation ev,
                       List<WhyNotResult> whyNots) {
        ObjectNode doc = NODES.objectNode();
        doc.put("source", source);
        doc.put("request", request);
        ArrayNode conclusions = doc.putArray("conclusions");
        explain(about, ev, conclusions);
        ArrayNode whyNot = doc.putArray("whyNot");
        whyNots.forEach(r -> whyNot.add(whyNot(r)));
        return write(doc);
    }

    private static ObjectNode whyNot(WhyNotResult r) {
        ObjectNode node = NODES.objectNode();
        node.put("type", r.conclusion().type());
        node.put("subject", r.conclusion().subject());
        node.put("outcome", r.outcome());
        ArrayNode obstacles = node.putArray("obstacles");
        for (WhyNotResult.Obstacle o : r.obstacles()) {
            ObjectNode obstacle = obstacles.addObject();
            obstacle.put("says", o.sentence());
            if (o.rule() != null) {
                obstacle.put("rule", o.rule().name());
                obstacle.put("behaviour", o.rule().behaviour());
                obstacle.put("file", o.rule().file());
                obstacle.put("line", o.rule().line());
            }
        }
        ArrayNode remedies = node.putArray("remedies");
        for (WhyNotResult.Remedy m : r.remedies()) {
            ObjectNode remedy = remedies.addObject();
            ArrayNode changes = remedy.putArray("set");
            m.changes().forEach(changes::add);
            ArrayNode why = remedy.putArray("why");
            m.why().forEach(why::add);
            remedy.put("outcome", m.after());
            ArrayNode worse = remedy.putArray("sideEffects");
            for (OutcomeChange e : m.sideEffects()) {
                worse.addObject().put("type", e.type()).put("subject", e.subject()).put("before", e.before())
                        .put("after", e.after());
            }
        }
        node.put("changesTried", r.tried());
        ArrayNode untried = node.putArray("untried");
        r.untried().forEach(untried::add);
        return node;
    }

    private static void explain(List<Conclusion> conclusions, Evaluation ev, ArrayNode into) {
        Explanations explanations = new Explanations(ev);
        JsonExplanation json = new JsonExplanation(into, ev.writtenNames(), ev::ruleOf);
        conclusions.forEach(c -> json.write(explanations.of(c)));
    }

    private static ObjectNode expectation(ExpectationResult r, Map<String, String> written) {
        ObjectNode node = JsonValues.expectation(r);
        node.put("met", r.met());
        if (!r.met()) {
            ArrayNode closest = node.putArray("closest");
            r.closest().forEach(c -> JsonValues.conclusion(closest, c, written));
        }
        return node;
    }

    private static String write(JsonNode doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree: " + e.getMessage(), e);
        }
    }
}
