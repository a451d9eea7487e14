package failwise.lint;

/** One token of a DRL file with the 1-based line and column it starts at, so a lint can point at it. */
public record DrlToken(Kind kind, String text, int line, int column) {

    /** What a token is; the scanner only needs to tell words from strings, symbols and comments. */
    public enum Kind { WORD, STRING, NUMBER, SYMBOL, COMMENT }

    boolean is(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }
}
