package failwise.whatif;

import failwise.engine.RuleInfo;
import failwise.model.Conclusion;
import failwise.whatif.SweepResult.OutcomeChange;
import java.util.List;

/**
 * Why a conclusion's outcome is not another: the obstacles the rules found, each with its sentence (actual value
 * and the value needed) and rule, and the remedies that were verified to flip the outcome, smallest first.
 * {@code tried} counts the evaluations made; {@code untried} names proposed changes that could not be applied.
 */
public record WhyNotResult(Conclusion conclusion, String outcome, List<Obstacle> obstacles, List<Remedy> remedies,
                           int proposed, int tried, List<String> untried) {

    public WhyNotResult {
        obstacles = List.copyOf(obstacles);
        remedies = List.copyOf(remedies);
        untried = List.copyOf(untried);
    }

    /** One condition in the way: the sentence of the rule that found it, filled with this file's values. */
    public record Obstacle(String sentence, RuleInfo rule) {
    }

    /**
     * A verified remedy: the changes (one, or two when no single change flips the outcome), the reason for each,
     * the outcome after, and other outcomes of the file that the changes make worse.
     */
    public record Remedy(List<String> changes, List<String> why, String after, List<OutcomeChange> sideEffects) {
        public Remedy {
            changes = List.copyOf(changes);
            why = List.copyOf(why);
            sideEffects = List.copyOf(sideEffects);
        }
    }
}
