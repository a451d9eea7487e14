package failwise.report;

import java.util.List;

/**
 * Why a conclusion's outcome is not another, as the report shows it: the conditions that stood in the way (each
 * sentence with its rule tag) and the smallest changes to the facts that were verified to flip the outcome.
 * {@code type} and {@code subject} name the conclusion it belongs to; {@code proposed} and {@code tried} count
 * the changes the rules proposed and the evaluations made, {@code untried} the changes that could not be applied.
 */
public record WhyNotView(String type, String subject, String outcome, List<Obstacle> obstacles,
                         List<Remedy> remedies, int proposed, int tried, List<String> untried) {
    public WhyNotView {
        obstacles = List.copyOf(obstacles);
        remedies = List.copyOf(remedies);
        untried = List.copyOf(untried);
    }

    /** One condition in the way, with the actual value and the value needed, and the rule that found it. */
    public record Obstacle(String sentence, String rule) {
    }

    /** A verified change (one or two edits), why each helps, the outcome after, and what it makes worse. */
    public record Remedy(List<String> changes, List<String> why, String after, List<String> sideEffects) {
        public Remedy {
            changes = List.copyOf(changes);
            why = List.copyOf(why);
            sideEffects = List.copyOf(sideEffects);
        }
    }
}
