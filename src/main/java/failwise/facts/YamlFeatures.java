package failwise.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Refuses the YAML features a fact file has no use for: anchors, aliases and tags other than the core ones. Jackson reads an
 * alias as the bare anchor name and drops tags, so without this check {@code name: *a} would silently load as
 * {@code a} and {@code !!java.lang.Runtime} would be ignored; saying so is better than guessing.
 */
final class YamlFeatures {

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    private YamlFeatures() {
    }

    /**
     * Problems for the first anchor or alias and the first non-core tag of {@code input}, or null when it uses
     * none.
     */
    static Issues check(Parsers parsers, Input input) throws IOException {
        if (!mayUseThem(input)) {
            return null;
        }
        Issues issues = new Issues();
        boolean aliasSeen = false;
        boolean tagSeen = false;
        Issues anchored = null;
        Lines lines = null;
        try (JsonParser parser = parsers.relaxed(input)) {
            while (parser.nextToken() != null && !(aliasSeen && tagSeen)) {
                Object anchor = parser.getObjectId();
                if (anchor == null && parser.currentToken().isScalarValue()) {
                    if (lines == null) {
                        lines = new Lines(input.text() != null ? input.text()
                                : new String(input.bytes(), StandardCharsets.UTF_8));
                    }
                    anchor = lines.anchorAt(parser.currentTokenLocation());
                }
                if (anchored == null && anchor != null) {
                    // An anchor alone changes nothing, but is refused like an alias (one rule, easy to tell); an
                    // alias, where the surprise is, is what gets reported when there is one.
                    anchored = new Issues();
                    add(anchored, parser, "expected a plain value, found the anchor " + Shown.code("&" + anchor)
                            + " (anchors and aliases are not supported)");
                }
                Object id = parser.getTypeId();
                String tag = id == null ? null : id.toString();
                if (!tagSeen && tag != null && !isCore(tag)) {
                    tagSeen = true;
                    add(issues, parser, "expected a plain value, found the tag " + Shown.code(shown(tag))
                            + " (tags are not supported)");
                }
                if (!aliasSeen && parser.currentToken() != JsonToken.FIELD_NAME && isAlias(parser)) {
                    aliasSeen = true;
                    add(issues, parser, "expected a plain value, found the alias " + Shown.code("*" + parser.getText())
                            + " (anchors and aliases are not supported)");
                }
            }
        }
        if (aliasSeen || anchored == null) {
            return issues.isEmpty() ? null : issues;
        }
        if (tagSeen) {
            // Both found, each with its place: report the two in the order they stand in the file.
            return issues.merge(anchored);
        }
        return anchored;
    }

    /**
     * Tags start with {@code !}, anchors with {@code &} and aliases with {@code *}; a text with none of them needs no
     * second reading.
     */
    private static boolean mayUseThem(Input input) {
        if (input.text() != null) {
            String t = input.text();
            return t.indexOf('!') >= 0 || t.indexOf('*') >= 0 || t.indexOf('&') >= 0;
        }
        for (byte b : input.bytes()) {
            if (b == '!' || b == '*' || b == '&') {
                return true;
            }
        }
        return false;
    }

    /**
     * The text by lines, to read a scalar's anchor: Jackson gives the anchor of a list or a mapping but not of a
     * scalar, whose location is where its properties (tag, anchor) begin.
     */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            this.text = text;
            starts.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
        }

        /** The anchor written at {@code at} (after a tag, if any), or null. */
        String anchorAt(JsonLocation at) {
            int line = at.getLineNr() - 1;
            if (line < 0 || line >= starts.size()) {
                return null;
            }
            int i = starts.get(line) + Math.max(at.getColumnNr(), 1) - 1;
            if (i < text.length() && text.charAt(i) == '!') {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
            }
            if (i >= text.length() || text.charAt(i) != '&') {
                return null;
            }
            int end = i + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",[]{}".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return text.substring(i + 1, end);
        }
    }

    private static boolean isAlias(JsonParser parser) {
        return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    private static boolean isCore(String tag) {
        return tag.startsWith(CORE) && CORE_TAGS.contains(tag.substring(CORE.length()));
    }

    /** The tag as it was written: {@code !!x} for the YAML namespace, {@code !x} for a local tag. */
    private static String shown(String tag) {
        return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag.startsWith("!") ? tag : "!" + tag;
    }

    private static void add(Issues issues, JsonParser parser, String message) {
        JsonLocation at = parser.currentTokenLocation();
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        issues.addAt(pointer, Issues.UNSUPPORTED, message, at.getLineNr(), at.getColumnNr());
    }
}
