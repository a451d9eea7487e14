package failwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.engine.OfferedValues;
import failwise.engine.RuleBase;
import failwise.engine.RuleFile;
import failwise.model.Offered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of fact files: the shape shipped in the jar, with the values the rule pack in force offers for
 * its fields ({@link OfferedValues}) as each field's examples, and their meanings in its description. The pack is
 * the one source of those values: the shipped shape lists none.
 */
final class FactFileSchema {
    /** Where the shape sits in the jar. */
    static final String RESOURCE = "failwise/fact-file.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FactFileSchema() {
    }

    /** The shipped shape, without any offered values. */
    static String shape() {
        return Shipped.text(RESOURCE, "the fact-file schema");
    }

    /** A field named by a {@code values of} query that the schema does not have: {@code file:line:col: message}. */
    static final class UnknownField extends Exception {
        UnknownField(String message) {
            super(message);
        }
    }

    /** The schema with the values {@code rules} offers. */
    static String text(RuleBase rules) throws UnknownField {
        try {
            ObjectNode schema = (ObjectNode) JSON.readTree(shape());
            for (Map.Entry<String, List<Offered>> field : OfferedValues.of(rules).entrySet()) {
                if (!offer(schema, field.getKey(), field.getValue())) {
                    throw new UnknownField(where(rules, field.getKey()) + "query \"" + OfferedValues.PREFIX
                            + field.getKey() + "\" names no field of a fact file; expected <Type>.<field>, such as "
                            + "Request.action or FailoverDecision.reason");
                }
            }
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the fact-file schema in the jar is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code file:line:col: } of the query offering {@code typeAndField}, or nothing when it cannot be found. */
    private static String where(RuleBase rules, String typeAndField) {
        String header = "query \"" + OfferedValues.PREFIX + typeAndField + "\"";
        for (RuleFile file : rules.files()) {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int col = lines[i].indexOf(header);
                if (col >= 0) {
                    return file.displayPath() + ":" + (i + 1) + ":" + (col + 1) + ": ";
                }
            }
        }
        return "";
    }

    /** Offers {@code values} on the field {@code Type.field}; false when the schema has no such field. */
    private static boolean offer(ObjectNode schema, String typeAndField, List<Offered> values) {
        int dot = typeAndField.indexOf('.');
        ObjectNode field = dot < 0 ? null
                : find(schema, typeAndField.substring(0, dot), typeAndField.substring(dot + 1));
        if (field == null) {
            return false;
        }
        ObjectNode target = field.get("items") instanceof ObjectNode items ? items : field;
        ArrayNode examples = target.putArray("examples");
        List<String> meanings = new ArrayList<>();
        for (Offered value : values) {
            examples.add(value.value());
            meanings.add(value.meaning().isEmpty() ? value.value() : value.value() + ": " + value.meaning());
        }
        String description = field.path("description").asText("");
        field.put("description", (description.isEmpty() ? "" : description + " ")
                + "Values the rules give: " + String.join("; ", meanings) + ".");
        return true;
    }

    /**
     * The schema of {@code field}: of a fact object ({@code $defs/<Type>/properties/<field>}), or of an expectation
     * of a conclusion type (the {@code allOf} branch whose {@code type} is {@code Type}).
     */
    private static ObjectNode find(ObjectNode schema, String type, String field) {
        JsonNode defs = schema.path("$defs");
        if (defs.path(type).path("properties").get(field) instanceof ObjectNode node) {
            return node;
        }
        for (JsonNode branch : defs.path("Expectation").path("allOf")) {
            if (type.equals(branch.path("if").path("properties").path("type").path("const").asText(null))
                    && branch.path("then").path("properties").get(field) instanceof ObjectNode node) {
                return node;
            }
        }
        return null;
    }
}
