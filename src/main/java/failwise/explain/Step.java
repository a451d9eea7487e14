package failwise.explain;

import java.util.List;

/**
 * One step of an explanation: the sentence its rule said (filled in) or the text of a fact of the file, its
 * citation (null for a fact of the file) or its JSON pointer (null for a derived step), and the steps beneath it.
 * {@code seeAbove} marks a derived step already written out earlier in the same tree; it then has no premises.
 */
public record Step(Object fact, String text, Citation citation, String pointer, boolean seeAbove,
                   List<Step> premises) {
    public Step {
        premises = List.copyOf(premises);
    }

    /** The step as the short account lists it: its sentence, then its behaviour id in brackets. */
    public String shortLine() {
        return behaviour() == null ? text : text + "  (" + behaviour() + ")";
    }

    /** The behaviour id of a derived step, or null. */
    public String behaviour() {
        return citation == null ? null : citation.behaviour();
    }
}
