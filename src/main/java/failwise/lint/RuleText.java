package failwise.lint;

import java.util.List;
import java.util.Set;

/**
 * One rule as written in a DRL file, split the way a consultant reads it: the name token, the header between
 * the name and {@code when} (attributes and metadata), the conditions and the consequence, as tokens without
 * comments. {@code commentLines} are the lines of the file that carry a comment.
 */
public record RuleText(String file, String name, DrlToken nameToken, List<DrlToken> header, List<DrlToken> when,
                       List<DrlToken> then, Set<Integer> commentLines) {

    /** The unquoted name, as Drools knows the rule. */
    static String unquote(DrlToken token) {
        String s = token.text();
        if (token.kind() == DrlToken.Kind.STRING && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s;
    }
}
