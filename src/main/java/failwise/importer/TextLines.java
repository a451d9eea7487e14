package failwise.importer;

import failwise.facts.Limits;
import java.util.ArrayList;
import java.util.List;

/** The lines of a text input, within the limits of fact files on string length and count; null (reported) beyond. */
final class TextLines {
    private TextLines() {
    }

    static List<String> of(InputFile input, Limits limits, Report report) {
        String text = input.text();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            String line = text.substring(start, stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop);
            if (line.length() > limits.maxStringLength()) {
                report.unreadable(input.name(), lines.size() + 1, 1, Report.LIMIT, "expected lines of at most "
                        + limits.maxStringLength() + " characters, found one of " + line.length());
                return null;
            }
            if (lines.size() >= limits.maxFacts()) {
                report.unreadable(input.name(), lines.size() + 1, 1, Report.LIMIT, "expected at most "
                        + limits.maxFacts() + " lines, found more");
                return null;
            }
            lines.add(line);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    /** {@code text} in backticks, cut when long; {@link Report} keeps the line it ends up in one line. */
    static String shown(String text) {
        return "`" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "`";
    }
}
