package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** How user input appears inside a one-line problem message: in backticks, escaped, and cut when long. */
public final class Shown {

    private static final int MAX_CHARS = 80;

    private Shown() {
    }

    /** {@code text} in backticks, with control characters escaped so the message stays on one line. */
    static String code(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
        return "`" + escape(cut) + "`";
    }

    /** What a value is, for "found ...": the value itself when it is short, its kind when it is a container. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return node.textValue().isEmpty() ? "an empty string" : "the string " + code(node.textValue());
        }
        return code(node.asText());
    }

    /** {@code values} as "one of `A`, `B`, `C`". */
    static String oneOf(List<String> values) {
        StringBuilder out = new StringBuilder("one of ");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(code(values.get(i)));
        }
        return out.toString();
    }

    /** {@code text} with its control characters and line separators escaped ({@code \\n}, {@code \\u001b}). */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // C0 and C1 controls (U+0085 ends a line for some readers) and Unicode's own line separators.
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(control ? escaped(c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }

    /** A character as Unicode writes it: {@code U+000A}. */
    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
