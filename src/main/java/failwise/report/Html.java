package failwise.report;

/**
 * A small HTML builder that escapes every piece of text it is given, so fact-file content (names, notes.ini
 * values, descriptions) can never open a tag or an attribute in the report.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    /** Text escaped for both element content and double-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Markup written by this package itself: never pass fact text here. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Fact text, escaped. */
    Html text(Object text) {
        out.append(escape(text == null ? "" : String.valueOf(text)));
        return this;
    }

    /** {@code <tag class="cls">text</tag>} with the text escaped; an empty class is left out. */
    Html el(String tag, String cls, Object text) {
        open(tag, cls);
        text(text);
        return close(tag);
    }

    Html open(String tag, String cls) {
        out.append('<').append(tag);
        if (cls != null && !cls.isEmpty()) {
            out.append(" class=\"").append(escape(cls)).append('"');
        }
        out.append('>');
        return this;
    }

    /** An opening tag with attributes given as name/value pairs; values are escaped. */
    Html openWith(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html line() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
