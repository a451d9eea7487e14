package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.Expectation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code /expect}: each entry's {@code absent} and {@code only} flags, and every other member (including the required
 * {@code type}) as a plain Java value to compare with conclusions.
 */
final class ExpectationReader {

    private ExpectationReader() {
    }

    static List<Expectation> read(JsonNode entries, Issues issues) {
        List<Expectation> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String pointer = Pointers.element("/expect", i);
            JsonNode entry = entries.get(i);
            // Any key may appear: expectations name conclusion fields, which the rules define.
            Fields f = Fields.openAny(entry, pointer, issues);
            if (f == null) {
                continue;
            }
            boolean absent = f.bool("absent", false);
            boolean only = f.bool("only", false);
            if (absent && only) {
                issues.add(Pointers.member(pointer, "only"), Issues.CONFLICTING_KEYS,
                        "expected either \"absent\" or \"only\" on one expectation, found both");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : entry.properties()) {
                String key = member.getKey();
                if (key.equals("absent") || key.equals("only")) {
                    continue;
                }
                fields.put(key, plain(member.getValue()));
            }
            if (f.nonBlank("type", true) != null) {
                out.add(new Expectation(fields, absent, only, f.pointer()));
            }
        }
        return out;
    }

    /** A JSON value as String, Integer, Long, Double, Boolean, List, Map or null. */
    static Object plain(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue()
                    : node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        } else if (node.isNumber()) {
            return node.doubleValue();
        } else if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(plain(element)));
            return Collections.unmodifiableList(list);
        } else if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(member -> map.put(member.getKey(), plain(member.getValue())));
            return Collections.unmodifiableMap(map);
        }
        return null;
    }
}
