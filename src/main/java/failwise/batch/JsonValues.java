package failwise.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.model.Conclusion;
import failwise.model.Problem;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import failwise.verify.FactFields;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON forms every JSON output shares (batch's JSON Lines, evaluate's and explain's documents): a field value
 * with server names as the file wrote them, a conclusion, a problem, the start of an expectation.
 */
public final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    /** A field value as JSON; strings that are canonical server names come out as the file wrote them. */
    public static JsonNode value(Object v, Map<String, String> written) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof String s) {
            return NODES.textNode(written.getOrDefault(s, s));
        } else if (v instanceof Boolean || v instanceof Number) {
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
        // Instants, enums and other value types: their string form (no Java time module on the classpath).
        return NODES.textNode(String.valueOf(v));
    }

    /** A conclusion added to {@code into}: its type, then each field. */
    public static ObjectNode conclusion(ArrayNode into, Conclusion c, Map<String, String> written) {
        ObjectNode one = into.addObject().put("type", c.type());
        FactFields.of(c).forEach((k, v) -> one.set(k, value(v, written)));
        return one;
    }

    /** A problem: its parts, and its one-line text. */
    public static ObjectNode problem(Problem p) {
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

    /** An expectation's pointer, its kind ({@code absent} or {@code only}, when it is one) and what it expected. */
    public static ObjectNode expectation(ExpectationResult r) {
        ObjectNode node = NODES.objectNode();
        node.put("pointer", r.expectation().pointer());
        if (r.expectation().absent()) {
            node.put("absent", true);
        } else if (r.expectation().only()) {
            node.put("only", true);
        }
        ObjectNode expected = node.putObject("expected");
        ExpectationText.ordered(r.expectation()).forEach((k, v) -> expected.set(k, value(v, Map.of())));
        return node;
    }
}
