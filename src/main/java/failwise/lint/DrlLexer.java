package failwise.lint;

import failwise.lint.DrlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL text into words, strings, numbers, symbols and comments with their places. It is deliberately
 * forgiving: a lint must still find its way through a file the compiler rejects, so nothing here fails.
 */
final class DrlLexer {
    private final String text;
    private final List<DrlToken> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private DrlLexer(String text) {
        this.text = text;
    }

    static List<DrlToken> tokens(String text) {
        DrlLexer lexer = new DrlLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int startLine = line;
            int startColumn = pos - lineStart + 1;
            int start = pos;
            Kind kind;
            if (c == '\n') {
                newline();
                continue;
            } else if (Character.isWhitespace(c)) {
                pos++;
                continue;
            } else if (text.startsWith("//", pos)) {
                skipTo("\n", false);
                kind = Kind.COMMENT;
            } else if (text.startsWith("/*", pos)) {
                pos += 2;
                skipTo("*/", true);
                kind = Kind.COMMENT;
            } else if (c == '"' || c == '\'') {
                string(c);
                kind = Kind.STRING;
            } else if (Character.isJavaIdentifierStart(c)) {
                while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                    pos++;
                }
                kind = Kind.WORD;
            } else if (Character.isDigit(c)) {
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                kind = Kind.NUMBER;
            } else {
                pos++;
                kind = Kind.SYMBOL;
            }
            tokens.add(new DrlToken(kind, text.substring(start, pos), startLine, startColumn));
        }
    }

    /** Moves past {@code end} (or to it, when {@code past} is false), counting the lines crossed. */
    private void skipTo(String end, boolean past) {
        while (pos < text.length() && !text.startsWith(end, pos)) {
            if (text.charAt(pos) == '\n') {
                newline();
            } else {
                pos++;
            }
        }
        if (past && pos < text.length()) {
            pos += end.length();
        }
    }

    private void string(char quote) {
        pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos);
            if (c == '\n') {
                // An unterminated string ends at its line, as the compiler will say; the lints go on.
                return;
            }
            boolean escape = c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) != '\n';
            pos += escape ? 2 : 1;
        }
        pos = Math.min(pos + 1, text.length());
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }
}
