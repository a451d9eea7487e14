package failwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.engine.Evaluation;
import failwise.explain.About;
import failwise.explain.Explanations;
import failwise.model.Conclusion;
import failwise.model.Problem;
import failwise.verify.CaseResult;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import failwise.verify.FactFields;
import failwise.whatif.SweepResult.OutcomeChange;
import failwise.whatif.WhyNotResult;
import java.util.Collection;
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
        result.allProblems().forEach(p -> problems.add(problem(p)));
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

    private static ObjectNode problem(Problem p) {
        ObjectNode node = NODES.objectNode();
        node.put("file", p.file());
        node.put("line", p.line());
        node.put("column", p.column());
        node.put("pointer", p.pointer());
        node.put("code", p.code());
        node.put("message", p.message());
        node.put("text", p.render());
        return node;
    }

    private static ObjectNode expectation(ExpectationResult r, Map<String, String> written) {
        ObjectNode node = NODES.objectNode();
        node.put("pointer", r.expectation().pointer());
        node.put("met", r.met());
        if (r.expectation().absent()) {
            node.put("absent", true);
        } else if (r.expectation().only()) {
            node.put("only", true);
        }
        ObjectNode expected = node.putObject("expected");
        ExpectationText.ordered(r.expectation()).forEach((k, v) -> expected.set(k, value(v, Map.of())));
        if (!r.met()) {
            ArrayNode closest = node.putArray("closest");
            r.closest().forEach(c -> {
                ObjectNode one = closest.addObject().put("type", c.type());
                FactFields.of(c).forEach((k, v) -> one.set(k, value(v, written)));
            });
        }
        return node;
    }

    /** A field value as JSON; strings that are canonical server names come out as the file wrote them. */
    static JsonNode value(Object v, Map<String, String> written) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof String s) {
            return NODES.textNode(written.getOrDefault(s, s));
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Number) {
            return MAPPER.valueToTree(v);
        } else if (v instanceof Collection<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(x -> array.add(value(x, written)));
            return array;
        } else if (v instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, x) -> object.set(String.valueOf(k), value(x, written)));
            return object;
        }
        // Instants and other value types: their ISO/string form (no Java time module on the classpath).
        return NODES.textNode(String.valueOf(v));
    }

    private static String write(JsonNode doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree: " + e.getMessage(), e);
        }
    }
}
