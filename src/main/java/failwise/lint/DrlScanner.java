package failwise.lint;

import failwise.engine.RuleFile;
import failwise.lint.DrlToken.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the rules of a DRL file: {@code rule NAME}, its header, {@code when}, {@code then}, {@code end}.
 * Declarations, queries and functions are stepped over. Like the lexer it never fails; a rule cut short by the
 * end of the file is still returned with what was read, because the compiler reports the cut itself.
 */
public final class DrlScanner {
    private final List<DrlToken> tokens;
    private final RuleFile file;
    private final Set<Integer> commentLines = new HashSet<>();
    private int pos;

    private DrlScanner(RuleFile file) {
        this.file = file;
        List<DrlToken> code = new ArrayList<>();
        for (DrlToken t : DrlLexer.tokens(file.text())) {
            if (t.kind() == Kind.COMMENT) {
                int lines = (int) t.text().chars().filter(c -> c == '\n').count();
                for (int l = t.line(); l <= t.line() + lines; l++) {
                    commentLines.add(l);
                }
            } else {
                code.add(t);
            }
        }
        this.tokens = code;
    }

    /** The rules of {@code file}, in the order they are written. */
    public static List<RuleText> rules(RuleFile file) {
        return new DrlScanner(file).scan();
    }

    private List<RuleText> scan() {
        List<RuleText> rules = new ArrayList<>();
        while (pos < tokens.size()) {
            boolean qualified = pos > 0 && tokens.get(pos - 1).isSymbol(".");
            DrlToken t = tokens.get(pos++);
            if (qualified) {
                continue;
            }
            if (t.is("rule") && pos < tokens.size()) {
                rules.add(rule(tokens.get(pos++)));
            } else if (t.is("declare") || t.is("query")) {
                until("end");
            } else if (t.is("function")) {
                function();
            }
        }
        return rules;
    }

    private RuleText rule(DrlToken name) {
        List<DrlToken> header = new ArrayList<>();
        List<DrlToken> when = new ArrayList<>();
        List<DrlToken> then = new ArrayList<>();
        List<DrlToken> into = header;
        while (pos < tokens.size()) {
            DrlToken t = tokens.get(pos++);
            if (t.is("end")) {
                break;
            } else if (into == header && t.is("when")) {
                into = when;
            } else if (into != then && t.is("then")) {
                into = then;
            } else {
                into.add(t);
            }
        }
        return new RuleText(file.displayPath(), RuleText.unquote(name), name, List.copyOf(header), List.copyOf(when),
                List.copyOf(then), Set.copyOf(commentLines));
    }

    private void until(String word) {
        while (pos < tokens.size() && !tokens.get(pos++).is(word)) {
            // stepping over a block the lints do not look into
        }
    }

    /** A function ends with the brace that closes its body. */
    private void function() {
        int depth = 0;
        while (pos < tokens.size()) {
            DrlToken t = tokens.get(pos++);
            if (t.isSymbol("{")) {
                depth++;
            } else if (t.isSymbol("}") && --depth <= 0) {
                return;
            }
        }
    }
}
