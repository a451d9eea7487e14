package failwise.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a parser's complaint into the project's message style ("expected X, found Y", lowercase, one line) and
 * finds where it happened. Jackson's wording is matched for the common JSON mistakes; anything else is passed on
 * cleaned up rather than lost.
 */
final class SyntaxMessages {

    private static final Pattern UNEXPECTED_CHAR =
            Pattern.compile("^Unexpected character \\((?:'.*?' \\(code (\\d+)\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)");
    private static final Pattern CONTROL_CHAR = Pattern.compile("^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern TOO_LONG = Pattern.compile("^(Number|String) value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern COMPLEX_KEY = Pattern.compile("[Ee]xpected a field name.*got this instead: "
            + "<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)StartEvent", Pattern.DOTALL);
    private static final Pattern SOURCE_REF = Pattern.compile("\\s*\\((?:for|start marker)[^\\[]*\\[Source:[^\\]]*\\]\\)");

    private SyntaxMessages() {
    }

    /** The message for {@code error} met while reading {@code input}. */
    static String of(Throwable error, Input input) {
        MarkedYAMLException yaml = yamlCause(error);
        if (yaml != null) {
            String context = yaml.getContext() == null ? "" : clean(yaml.getContext()) + ": ";
            return "invalid YAML: " + context + clean(String.valueOf(yaml.getProblem()));
        }
        String text = error instanceof JsonProcessingException json ? json.getOriginalMessage() : error.getMessage();
        return json(text == null ? error.getClass().getSimpleName() : text, input.formatName());
    }

    /** The message for a limit Jackson enforced that the loader did not check itself. */
    static String limit(String text) {
        Matcher m = TOO_LONG.matcher(text == null ? "" : text);
        if (m.find()) {
            String what = m.group(1).toLowerCase(Locale.ROOT);
            return "expected a " + what + " of at most " + m.group(3) + " characters, found " + m.group(2) + " characters";
        }
        return clean(text == null ? "a limit was exceeded" : text);
    }

    /** Where {@code error} happened, 1-based {line, column}, or {0, 0}. */
    static int[] where(Throwable error) {
        MarkedYAMLException yaml = yamlCause(error);
        Mark mark = yaml == null ? null : yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
        if (mark != null) {
            return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
        }
        JsonLocation at = error instanceof JsonProcessingException json ? json.getLocation() : null;
        return at == null || at.getLineNr() < 1 ? new int[] {0, 0} : new int[] {at.getLineNr(), Math.max(at.getColumnNr(), 1)};
    }

    private static String json(String text, String format) {
        Matcher m = UNEXPECTED_CHAR.matcher(text);
        if (m.find()) {
            String found = character(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
            if (text.contains("double-quote to start field name")) {
                return "expected a key in double quotes, found " + found;
            } else if (text.contains("colon to separate field name and value")) {
                return "expected `:` after the key, found " + found;
            } else if (text.contains("comma to separate Object entries")) {
                return "expected `,` or `}`, found " + found;
            } else if (text.contains("comma to separate Array entries")) {
                return "expected `,` or `]`, found " + found;
            } else if (text.contains("in numeric value")) {
                return "expected a digit, found " + found;
            }
            return "expected a value, found " + found;
        }
        if ((m = CONTROL_CHAR.matcher(text)).find()) {
            String found = Shown.codePoint(Integer.parseInt(m.group(2)));
            return m.group(1) != null ? "expected control characters in strings to be escaped, found " + found
                    : "expected " + format + " text, found the control character " + found;
        }
        if ((m = TOKEN.matcher(text)).find()) {
            return "expected a value, found " + Shown.code(m.group(1));
        }
        if ((m = CLOSE.matcher(text)).find()) {
            return "expected `" + m.group(2) + "`, found `" + m.group(1) + "`";
        }
        if (text.startsWith("Unexpected end-of-input")) {
            String expected = text.contains("closing quote") ? "a closing `\"`"
                    : text.contains("Object") ? "`}`" : text.contains("Array") ? "`]`" : "more " + format;
            return "expected " + expected + ", found the end of the file";
        }
        if (text.startsWith("Trailing token")) {
            return "expected the end of the file after the top-level value, found more content";
        }
        if (text.contains("Invalid UTF-") || text.contains("CharConversionException")) {
            return "expected UTF-8 text, found bytes that are not";
        }
        if ((m = COMPLEX_KEY.matcher(text)).find()) {
            String found = m.group(1).equals("Sequence") ? "a list" : m.group(1).equals("Mapping") ? "a mapping"
                    : "a " + m.group(1).toLowerCase(Locale.ROOT);
            return "expected a plain key, found " + found + " used as a key (complex keys are not supported)";
        }
        if (text.contains("Leading zeroes not allowed")) {
            return "expected a number without leading zeros";
        }
        return "invalid " + format + ": " + clean(text);
    }

    private static String character(int code) {
        return Character.isISOControl(code) ? "the control character " + Shown.codePoint(code)
                : Shown.code(new String(Character.toChars(code)));
    }

    /** A parser message as one lowercase line without Jackson's source references or a final period. */
    static String clean(String text) {
        String line = SOURCE_REF.matcher(text).replaceAll("").lines().findFirst().orElse("").strip();
        if (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        line = Shown.escape(line);
        return line.isEmpty() ? line : line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
    }

    private static MarkedYAMLException yamlCause(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }
}
