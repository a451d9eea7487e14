package failwise.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains why the fast parse rejected a text. The strict parser stops at the first trouble and cannot say how
 * deep or long things really are, so this re-reads the text with relaxed limits and reports every duplicate key
 * and over-long string, the deepest nesting, and the syntax error that ends the text, each with its place.
 */
final class Diagnosis {

    private final Limits limits;
    private final Issues issues;
    private final boolean yaml;
    private int maxDepth;
    private String deepPointer;
    private int[] deepAt;
    private String containerAtError = "";
    private int[] atError = {0, 0};

    private Diagnosis(Limits limits, Issues issues, boolean yaml) {
        this.limits = limits;
        this.issues = issues;
        this.yaml = yaml;
    }

    /** Adds to {@code issues} everything wrong with the text of {@code input}; {@code original} is the fast path's error. */
    static void explain(Parsers parsers, Limits limits, Input input, Throwable original, Issues issues) {
        Diagnosis diagnosis = new Diagnosis(limits, issues, input.yaml());
        try (JsonParser parser = parsers.relaxed(input)) {
            diagnosis.scan(parser);
        } catch (StreamConstraintsException e) {
            int[] at = diagnosis.placeOf(e);
            issues.addAt(diagnosis.containerAtError, Issues.LIMIT, SyntaxMessages.limit(e.getOriginalMessage()), at[0], at[1]);
        } catch (Exception | StackOverflowError e) {
            int[] at = diagnosis.placeOf(e);
            issues.addAt(diagnosis.containerAtError, Issues.SYNTAX, SyntaxMessages.of(e, input), at[0], at[1]);
        }
        diagnosis.reportDepth();
        if (issues.isEmpty() && original != null) {
            // The relaxed reading found nothing the strict one did: report the strict reader's own complaint.
            int[] at = SyntaxMessages.where(original);
            issues.addAt("", Issues.SYNTAX, SyntaxMessages.of(original, input), at[0], at[1]);
        }
    }

    /** True when a string or key of {@code node} is over the limit; YAML parsing does not check string lengths. */
    static boolean hasOverlongString(JsonNode node, int max) {
        if (node.isTextual()) {
            return node.textValue().length() > max;
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (member.getKey().length() > max || hasOverlongString(member.getValue(), max)) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (hasOverlongString(element, max)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void scan(JsonParser parser) throws Exception {
        List<Set<String>> keysSeen = new ArrayList<>();
        int depth = 0;
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token.isStructStart()) {
                    depth++;
                    keysSeen.add(token == JsonToken.START_OBJECT ? new HashSet<>() : null);
                    maxDepth = Math.max(maxDepth, depth);
                    if (depth > limits.maxNestingDepth() && deepPointer == null) {
                        deepPointer = pointer(parser);
                        deepAt = at(parser);
                        if (yaml) {
                            // SnakeYAML slows with the square of flow nesting; stop rather than measure.
                            return;
                        }
                    }
                } else if (token.isStructEnd()) {
                    depth--;
                    keysSeen.remove(keysSeen.size() - 1);
                } else if (token == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    checkLength(parser, name.length(), "key", limits.maxStringLength());
                    if (!keysSeen.get(keysSeen.size() - 1).add(name)) {
                        JsonLocation at = parser.currentTokenLocation();
                        issues.addAt(pointer(parser), Issues.DUPLICATE_KEY, "expected each key once in an object, found "
                                + Shown.code(name) + " again", at.getLineNr(), at.getColumnNr());
                    }
                } else if (token == JsonToken.VALUE_STRING) {
                    checkLength(parser, parser.getTextLength(), "string", limits.maxStringLength());
                } else if (token.isNumeric()) {
                    checkLength(parser, parser.getTextLength(), "number", Parsers.MAX_NUMBER_LENGTH);
                }
                if (depth == 0 && parser.nextToken() != null) {
                    int[] at = at(parser);
                    issues.addAt("", Issues.SYNTAX, "expected the end of the file after the top-level value, found more content",
                            at[0], at[1]);
                    return;
                }
            }
        } catch (Exception | StackOverflowError e) {
            JsonLocation here = parser.currentLocation();
            atError = new int[] {here.getLineNr(), here.getColumnNr()};
            JsonStreamContext context = parser.getParsingContext();
            containerAtError = context == null || context.getParent() == null ? ""
                    : context.getParent().pathAsPointer().toString();
            if (deepPointer != null && containerAtError.startsWith(deepPointer)) {
                // Inside nesting already reported as too deep, the full pointer would make a huge line.
                containerAtError = deepPointer;
            }
            throw e;
        }
    }

    /** Where {@code error} happened: as the error says, or else where the parser stood when it was thrown. */
    private int[] placeOf(Throwable error) {
        int[] at = SyntaxMessages.where(error);
        return at[0] > 0 ? at : atError;
    }

    private void checkLength(JsonParser parser, int length, String what, int max) {
        if (length > max) {
            int[] at = at(parser);
            issues.addAt(pointer(parser), Issues.LIMIT, "expected a " + what + " of at most " + max
                    + " characters, found " + length + " characters", at[0], at[1]);
        }
    }

    private void reportDepth() {
        if (deepPointer != null) {
            String found = yaml ? "more than " + limits.maxNestingDepth() : String.valueOf(maxDepth);
            issues.addAt(deepPointer, Issues.LIMIT, "expected nesting at most " + limits.maxNestingDepth()
                    + " levels deep, found " + found + " levels", deepAt[0], deepAt[1]);
        }
    }

    private static String pointer(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    private static int[] at(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return new int[] {at.getLineNr(), at.getColumnNr()};
    }
}
