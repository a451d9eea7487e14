package failwise.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a fact tree as block YAML with a {@code # file:line} comment after each value that came from an input.
 * Every string is double-quoted with JSON's escapes, which YAML reads the same way, so no value can turn into a
 * number, a boolean, an alias or a tag.
 */
final class YamlText {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.\\-]*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");

    private final Map<String, Where> sources;
    private final StringBuilder out = new StringBuilder(1 << 16);

    private YamlText(Map<String, Where> sources) {
        this.sources = sources;
    }

    static String of(JsonNode root, Map<String, Where> sources, List<String> header) {
        YamlText yaml = new YamlText(sources);
        for (String line : header) {
            yaml.out.append("# ").append(comment(line)).append('\n');
        }
        yaml.members(root, "", "");
        return yaml.out.toString();
    }

    private void members(JsonNode object, String pointer, String indent) {
        boolean first = true;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String at = pointer + "/" + FactTreeBuilder.escape(member.getKey());
            // The first member of an element shares its line with the dash, and the element's source if it has none.
            out.append(first ? indent : indent.replace("- ", "  "));
            String source = first && indent.endsWith("- ") && !sources.containsKey(at) ? pointer : at;
            first = false;
            out.append(key(member.getKey())).append(':');
            value(member.getValue(), at, source, indent.replace("- ", "  ") + "  ");
        }
    }

    private void value(JsonNode value, String at, String source, String indent) {
        if (value.isObject()) {
            if (value.isEmpty()) {
                out.append(" {}");
                end(source);
            } else {
                end(source);
                members(value, at, indent);
            }
        } else if (value.isArray() && (value.isEmpty() || !value.get(0).isContainerNode())) {
            out.append(" [");
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                scalar(value.get(i));
            }
            out.append(']');
            end(source);
        } else if (value.isArray()) {
            end(source);
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (element.isObject() && !element.isEmpty()) {
                    members(element, at + "/" + i, indent + "- ");
                } else {
                    out.append(indent).append("- ");
                    scalar(element);
                    end(at + "/" + i);
                }
            }
        } else {
            out.append(' ');
            scalar(value);
            end(source);
        }
    }

    private void end(String pointer) {
        Where where = sources.get(pointer);
        if (where != null) {
            out.append("  # ").append(comment(where.shortly()));
        }
        out.append('\n');
    }

    private void scalar(JsonNode value) {
        if (value.isTextual()) {
            quoted(value.textValue());
        } else if (value.isContainerNode()) {
            out.append(value.isArray() ? "[]" : "{}");
        } else {
            out.append(value.asText());
        }
    }

    private String key(String key) {
        if (PLAIN_KEY.matcher(key).matches() && !RESERVED.contains(key.toLowerCase(java.util.Locale.ROOT))) {
            return key;
        }
        int mark = out.length();
        quoted(key);
        String quoted = out.substring(mark);
        out.setLength(mark);
        return quoted;
    }

    private void quoted(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        // Escaped, not written: SnakeYAML's reader fails on a pair that straddles its 1024-character
                        // buffer ("range [1024, 1025) out of bounds"), which the loader would report as bad YAML.
                        out.append(String.format("\\U%08x", Character.toCodePoint(c, text.charAt(++i))));
                    } else if (!plain(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Whether {@code c} may stand as it is: YAML's printable characters, less the line separators and the byte-order
     * mark; never a surrogate (the caller escapes pairs whole).
     */
    private static boolean plain(char c) {
        return c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0xd800 && c != '\u2028' && c != '\u2029'
                || c >= 0xe000 && c <= 0xfffd && c != '\uFEFF';
    }

    /** A comment stays on its line whatever a file name holds. */
    private static String comment(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!plain(c)) {
                out = out == null ? new StringBuilder(text) : out;
                out.setCharAt(i, '?');
            }
        }
        return out == null ? text : out.toString();
    }
}
