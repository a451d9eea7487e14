package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the members of one object of a fact file by type, reporting every unknown key and every missing or
 * ill-typed member; a getter that reported a problem returns its fallback so reading can go on and find the rest.
 */
final class Fields {

    // Stand-ins for absent or ill-typed containers; never modified.
    private static final JsonNode EMPTY_ARRAY = JsonNodeFactory.instance.arrayNode();
    private static final JsonNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();

    private final JsonNode node;
    private final String pointer;
    private final Issues issues;

    private Fields(JsonNode node, String pointer, Issues issues) {
        this.node = node;
        this.pointer = pointer;
        this.issues = issues;
    }

    /** The object at {@code pointer} allowing only {@code keys}, or null (reported) when it is not an object. */
    static Fields open(JsonNode node, String pointer, Issues issues, List<String> keys) {
        Fields fields = openAny(node, pointer, issues);
        if (fields == null) {
            return null;
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String key = member.getKey();
            if (!keys.contains(key)) {
                issues.addAtKey(Pointers.member(pointer, key), Issues.UNKNOWN_KEY,
                        "expected " + Shown.oneOf(keys) + ", found " + Shown.code(key));
            }
        }
        return fields;
    }

    /** The object at {@code pointer} allowing any key, or null (reported) when it is not an object. */
    static Fields openAny(JsonNode node, String pointer, Issues issues) {
        if (!node.isObject()) {
            issues.add(pointer, Issues.WRONG_TYPE, "expected an object, found " + Shown.describe(node));
            return null;
        }
        return new Fields(node, pointer, issues);
    }

    String pointer() {
        return pointer;
    }

    /** The pointer of member {@code key}. */
    String at(String key) {
        return Pointers.member(pointer, key);
    }

    /** Member {@code key} as it is, null when absent; nothing is checked or reported. */
    JsonNode peek(String key) {
        return node.get(key);
    }

    boolean has(String key) {
        return node.has(key);
    }

    /** A string member; null when absent or not a string. */
    String text(String key, boolean required) {
        JsonNode value = node.get(key);
        if (value == null) {
            if (required) {
                issues.add(pointer, Issues.MISSING_FIELD, "missing required field " + Shown.code(key));
            }
            return null;
        }
        if (!value.isTextual()) {
            wrongType(key, "a string", value);
            return null;
        }
        return value.textValue();
    }

    /** A string member that must hold more than blanks (names, ids); null when absent or unusable. */
    String nonBlank(String key, boolean required) {
        String text = text(key, required);
        if (text != null && text.isBlank()) {
            issues.add(at(key), Issues.WRONG_TYPE, "expected a non-empty string, found " + Shown.describe(node.get(key)));
            return null;
        }
        return text;
    }

    /** An integer member within {@code min..max}; {@code range} says the bounds in words for the message. */
    int integer(String key, int fallback, int min, int max, String range) {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber()) {
            wrongType(key, "an integer", value);
        } else if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            issues.add(at(key), Issues.OUT_OF_RANGE, "expected " + range + ", found " + Shown.code(value.asText()));
        } else {
            return value.intValue();
        }
        return fallback;
    }

    boolean bool(String key, boolean fallback) {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            wrongType(key, "`true` or `false`", value);
            return fallback;
        }
        return value.booleanValue();
    }

    /** A member that must be one of {@code values}, compared exactly. */
    String choice(String key, List<String> values, String fallback) {
        String text = text(key, false);
        if (text == null) {
            return fallback;
        }
        if (!values.contains(text)) {
            issues.add(at(key), Issues.UNKNOWN_VALUE, "expected " + Shown.oneOf(values) + ", found " + Shown.code(text));
            return fallback;
        }
        return text;
    }

    /** An array member; an empty array when absent or not an array. */
    JsonNode array(String key) {
        return container(key, true);
    }

    /** An object member; an empty object when absent or not an object. */
    JsonNode object(String key) {
        return container(key, false);
    }

    /** An array of strings, kept exactly as written; null when absent, non-strings reported and left out. */
    List<String> texts(String key) {
        if (!node.has(key)) {
            return null;
        }
        JsonNode array = array(key);
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isTextual()) {
                out.add(element.textValue());
            } else {
                issues.add(Pointers.element(at(key), i), Issues.WRONG_TYPE, "expected a string, found " + Shown.describe(element));
            }
        }
        return out;
    }

    private JsonNode container(String key, boolean array) {
        JsonNode value = node.get(key);
        if (value != null && (array ? value.isArray() : value.isObject())) {
            return value;
        }
        if (value != null) {
            wrongType(key, array ? "an array" : "an object", value);
        }
        return array ? EMPTY_ARRAY : EMPTY_OBJECT;
    }

    private void wrongType(String key, String expected, JsonNode found) {
        issues.add(at(key), Issues.WRONG_TYPE, "expected " + expected + ", found " + Shown.describe(found));
    }
}
