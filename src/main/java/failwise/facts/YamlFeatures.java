package failwise.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses the YAML features a fact file has no use for: aliases and tags other than the core ones. Jackson reads an
 * alias as the bare anchor name and drops tags, so without this check {@code name: *a} would silently load as
 * {@code a} and {@code !!java.lang.Runtime} would be ignored; saying so is better than guessing.
 */
final class YamlFeatures {

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    private YamlFeatures() {
    }

    /** Problems for the first alias and the first non-core tag of {@code input}, or null when it uses neither. */
    static Issues check(Parsers parsers, Input input) throws IOException {
        if (!mayUseThem(input)) {
            return null;
        }
        Issues issues = new Issues();
        boolean aliasSeen = false;
        boolean tagSeen = false;
        try (JsonParser parser = parsers.relaxed(input)) {
            while (parser.nextToken() != null && !(aliasSeen && tagSeen)) {
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
        return issues.isEmpty() ? null : issues;
    }

    /** Tags start with {@code !} and aliases with {@code *}; a text with neither needs no second reading. */
    private static boolean mayUseThem(Input input) {
        if (input.text() != null) {
            return input.text().indexOf('!') >= 0 || input.text().indexOf('*') >= 0;
        }
        for (byte b : input.bytes()) {
            if (b == '!' || b == '*') {
                return true;
            }
        }
        return false;
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
