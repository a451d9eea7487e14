package failwise.engine;

import failwise.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/** Turns Drools build messages into one-line {@code file:line:col: message} problems a consultant can act on. */
final class CompileMessages {
    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+) ");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]]*)]");

    private CompileMessages() {
    }

    static List<Problem> toProblems(List<Message> messages, Map<String, String> display) {
        boolean syntax = messages.stream().anyMatch(m -> m.getText().startsWith("[ERR "));
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Message m : messages) {
            String text = m.getText();
            // A syntax error hides the file's declarations from the rest of the package; the errors that
            // follow in other files are echoes of it, so only the syntax errors are worth reading.
            if (syntax && !text.startsWith("[ERR ")) {
                continue;
            }
            String file = display.getOrDefault(m.getPath(), m.getPath() == null ? "(rules)" : m.getPath());
            int line = Math.max(m.getLine(), 0);
            int column = 1;
            Matcher parser = PARSER_POSITION.matcher(text);
            Matcher mvel = MVEL_POSITION.matcher(text);
            String message;
            if (parser.find()) {
                column = Integer.parseInt(parser.group(2)) + 1;
                message = text.substring(parser.end()).trim();
            } else {
                if (mvel.find()) {
                    column = Integer.parseInt(mvel.group(2)) + 1;
                }
                message = firstLine(text);
                Matcher detail = MVEL_ERROR.matcher(text);
                if (detail.find()) {
                    message = message.replaceAll(":$", "") + ": " + detail.group(1).trim();
                }
            }
            String code = parser.find(0) ? "rule-syntax" : "rule-compile";
            Problem p = new Problem(file, line, column, null, code, message.replaceAll("\\s+", " "));
            if (seen.add(p.render())) {
                problems.add(p);
            }
        }
        return problems;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }
}
