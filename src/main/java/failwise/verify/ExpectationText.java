package failwise.verify;

import failwise.model.Conclusion;
import failwise.model.Expectation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one-line form of an expectation result, shared by the {@code evaluate} report and the golden test:
 * what was expected, and the actual conclusions of that type and subject beside it.
 */
public final class ExpectationText {
    private ExpectationText() {
    }

    /**
     * {@code expect FAILED /expect/1: {type=..., ...} — closest: ...}; {@code written} maps canonical names to
     * the spelling the fact file used.
     */
    public static String failure(ExpectationResult result, Map<String, String> written) {
        Expectation e = result.expectation();
        StringBuilder out = new StringBuilder("expect FAILED ").append(e.pointer()).append(": ");
        if (e.absent()) {
            out.append("absent ");
        } else if (e.only()) {
            out.append("only ");
        }
        out.append(expected(e));
        List<String> shown = result.closest().stream().map(c -> conclusion(c, written)).toList();
        if (e.absent()) {
            out.append(" — found: ").append(String.join("; ", shown));
        } else if (e.only()) {
            out.append(" — not listed: ").append(String.join("; ", shown));
        } else if (shown.isEmpty()) {
            out.append(" — no ").append(e.fields().getOrDefault("type", "conclusion"))
                    .append(" about that subject at all");
        } else {
            out.append(" — closest: ").append(String.join("; ", shown));
        }
        return out.toString();
    }

    /** The expected fields as {@code {type=..., ...}}: type first, then in the order the conclusion declares them. */
    public static String expected(Expectation e) {
        return ordered(e).entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** The expectation's fields in a stable, readable order (a fact file's key order is not kept). */
    public static Map<String, Object> ordered(Expectation e) {
        List<String> order = new ArrayList<>(List.of("type"));
        Object type = e.fields().get("type");
        try {
            Class<?> record = Class.forName("failwise.model." + type);
            if (record.isRecord()) {
                for (var rc : record.getRecordComponents()) {
                    order.add(rc.getName());
                }
            }
        } catch (ClassNotFoundException | LinkageError ex) {
            // an unknown type: its keys follow alphabetically
        }
        e.fields().keySet().stream().sorted().filter(k -> !order.contains(k)).forEach(order::add);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : order) {
            if (e.fields().containsKey(key)) {
                out.put(key, e.fields().get(key));
            }
        }
        return out;
    }

    /** {@code FailoverDecision request=r1 outcome=FAILS servedBy=null ...}: every field, names as written. */
    public static String conclusion(Conclusion c, Map<String, String> written) {
        StringBuilder out = new StringBuilder(c.type());
        FactFields.of(c).forEach((k, v) -> out.append(' ').append(k).append('=').append(value(v, written)));
        return out.toString();
    }

    private static String value(Object v, Map<String, String> written) {
        if (v instanceof Collection<?> list) {
            return list.stream().map(x -> value(x, written)).collect(Collectors.joining(", ", "[", "]"));
        }
        return v instanceof String s ? written.getOrDefault(s, s) : String.valueOf(v);
    }
}
