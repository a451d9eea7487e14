package failwise.explain;

import failwise.engine.Because;
import failwise.model.Conclusion;
import java.util.List;
import java.util.Map;

/**
 * Everything that explains one conclusion: its headline; the reasoning in short (each visible step once, causes
 * first); the tree in full with hidden steps folded away and recurring steps marked; the Domino documentation per
 * behaviour id, in id order; and the whole unfolded chain for machine-readable output.
 */
public record Explanation(Conclusion conclusion, String headline, List<Step> inShort, Step tree,
                          Map<String, String> documentedIn, Because because) {
    public Explanation {
        inShort = List.copyOf(inShort);
        documentedIn = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documentedIn));
    }
}
