package failwise.report;

import java.util.List;

/**
 * One step of an explanation tree as the report shows it: the sentence (a rule's, filled in, or a fact's
 * text), where it comes from ({@code rule} tag or the fact's JSON pointer), and the steps beneath it.
 * {@code seeAbove} marks a step already written out earlier in the same tree.
 */
public record WhyNode(String text, String rule, String pointer, boolean seeAbove, List<WhyNode> children) {
    public WhyNode {
        children = List.copyOf(children);
    }

    /** A leaf: a fact of the file, or a condition with nothing beneath it. */
    public static WhyNode leaf(String text, String pointer) {
        return new WhyNode(text, null, pointer, false, List.of());
    }
}
