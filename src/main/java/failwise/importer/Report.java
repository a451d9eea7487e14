package failwise.importer;

import failwise.facts.Shown;
import failwise.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import has to say besides the fact file: every input it could not read, every document, item or line it
 * did not understand and left out, every disagreement between inputs and how it was settled, each as one located
 * line, plus a line per input saying what it was.
 */
final class Report {
    /** The input is none of the formats import reads. */
    static final String UNKNOWN_INPUT = "unknown-input";
    /** The XML is not well-formed, or uses what DXL never does (a DTD, an entity). */
    static final String SYNTAX = "syntax";
    /** The input exceeds the limits fact files are read within. */
    static final String LIMIT = "limit";
    static final String IO = "io";
    /** A console or NOTES.INI line that matches no known shape. */
    static final String UNRECOGNISED_LINE = "unrecognised-line";
    /** A document or value of a kind import does not turn into facts. */
    static final String UNSUPPORTED = "unsupported";
    /** A document or capture without the item that says what or whose it is. */
    static final String MISSING_ITEM = "missing-item";
    /** A value naming a server or group no input describes. */
    static final String UNKNOWN_REFERENCE = "unknown-reference";
    /** A second document of a name already imported. */
    static final String DUPLICATE = "duplicate";
    /** Two inputs give different values for one fact; one was taken by the precedence rule. */
    static final String DISAGREEMENT = "disagreement";
    /** Something imported as shown that may not be what it seems. */
    static final String NOTE = "note";

    private final List<String> lines = new ArrayList<>();
    private int fileStart;
    private int skipped;
    private int unreadable;

    /** Something left out at {@code where}; the rest of its input is still imported. */
    void skip(Where where, String code, String message) {
        lines.add(problem(where, code, message));
        skipped++;
    }

    /** Something imported that deserves a word (a disagreement settled, a state that may mislead). */
    void note(Where where, String code, String message) {
        lines.add(problem(where, code, message));
    }

    /** An input that could not be read at all; {@code line} 0 when the problem has no place. */
    void unreadable(String file, int line, int column, String code, String message) {
        lines.add(Shown.escape(new Problem(file, line, column, null, code, message).render()));
        unreadable++;
    }

    /** Marks where the lines of the next input begin, so its description can lead them. */
    void begin() {
        fileStart = lines.size();
    }

    /** What the input begun last turned out to be and what it gave, before the lines it earned. */
    void input(String file, String what) {
        lines.add(fileStart, Shown.escape(file + ": " + what));
    }

    /** A line of its own, such as the summary. */
    void line(String text) {
        lines.add(text);
    }

    /** Every line so far, in order: inputs with what they earned, then what merging found. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    int skipped() {
        return skipped;
    }

    int unreadable() {
        return unreadable;
    }

    private static String problem(Where where, String code, String message) {
        return Shown.escape(new Problem(where.file(), where.line(), where.column(), null, code, message).render());
    }
}
