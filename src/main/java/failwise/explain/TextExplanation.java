package failwise.explain;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of an explanation, as {@code explain} prints it: the headline, "In short" (numbered steps, each
 * with its behaviour id), then "In full" (the tree, each step with its citation, each fact with its JSON pointer).
 */
public final class TextExplanation implements ExplanationFormat {
    private final PrintWriter out;

    public TextExplanation(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(Explanation e) {
        out.println(e.headline());
        if (!e.inShort().isEmpty()) {
            out.println("  In short:");
            for (int i = 0; i < e.inShort().size(); i++) {
                Step s = e.inShort().get(i);
                out.println("    " + (i + 1) + ". " + s.shortLine());
            }
            out.println("  In full:");
        }
        tree(e, "  ").forEach(out::println);
    }

    /** Only the tree beneath the headline, every line prefixed with {@code indent}. */
    public static List<String> tree(Explanation e, String indent) {
        List<String> lines = new ArrayList<>();
        node(e.tree(), indent, true, lines);
        return lines;
    }

    private static void node(Step s, String prefix, boolean last, List<String> out) {
        out.add(prefix + (last ? "└─ " : "├─ ") + label(s));
        String childPrefix = prefix + (last ? "   " : "│  ");
        for (int i = 0; i < s.premises().size(); i++) {
            node(s.premises().get(i), childPrefix, i == s.premises().size() - 1, out);
        }
    }

    /** A step's line: the sentence and its citation, or the fact and its pointer. */
    public static String label(Step s) {
        if (s.citation() == null) {
            return s.text() + (s.pointer() == null ? "" : "  (" + s.pointer() + ")");
        }
        return s.text() + "  " + s.citation().bracketed() + (s.seeAbove() ? "  (see above)" : "");
    }
}
