package failwise.bench;

import java.util.List;

/**
 * Writes the JSON of a generated fact file by hand, one fact a line, so the bytes depend only on the order of
 * the calls (no map iteration, no library version) and the same seed always gives byte-identical files.
 */
final class JsonText {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private boolean firstField;
    private boolean firstElement;
    private int topMembers;

    JsonText open() {
        out.append("{\n");
        return this;
    }

    /** Starts a top-level member holding a string. */
    JsonText topString(String key, String value) {
        separate();
        out.append("  ");
        string(key).append(": ");
        string(value);
        return this;
    }

    /** Starts a top-level array; each {@link #element()} is written on its own line. */
    JsonText array(String key) {
        separate();
        out.append("  ");
        string(key).append(": [");
        firstElement = true;
        return this;
    }

    JsonText element() {
        out.append(firstElement ? "\n    {" : ",\n    {");
        firstElement = false;
        firstField = true;
        return this;
    }

    JsonText endElement() {
        out.append('}');
        return this;
    }

    JsonText endArray() {
        out.append(firstElement ? "]" : "\n  ]");
        firstElement = false;
        return this;
    }

    JsonText field(String key, String value) {
        if (value != null) {
            key(key);
            string(value);
        }
        return this;
    }

    JsonText field(String key, long value) {
        key(key);
        out.append(value);
        return this;
    }

    JsonText field(String key, boolean value) {
        key(key);
        out.append(value);
        return this;
    }

    JsonText field(String key, List<String> values) {
        key(key);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    /** Opens an object-valued field; its members are written with {@link #field} and closed by {@link #endObject()}. */
    JsonText object(String key) {
        key(key);
        out.append('{');
        firstField = true;
        return this;
    }

    JsonText endObject() {
        out.append('}');
        firstField = false;
        return this;
    }

    String close() {
        out.append("\n}\n");
        return out.toString();
    }

    private void separate() {
        if (topMembers++ > 0) {
            out.append(",\n");
        }
    }

    private void key(String key) {
        if (!firstField) {
            out.append(", ");
        }
        firstField = false;
        string(key).append(": ");
    }

    private StringBuilder string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
