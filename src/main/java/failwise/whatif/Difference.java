package failwise.whatif;

import failwise.model.Conclusion;
import java.util.List;

/**
 * How one conclusion differs between two evaluations: {@code ADDED} (only {@code after}), {@code REMOVED} (only
 * {@code before}) or {@code CHANGED} (both, matched by type and subject, with the fields that differ).
 */
public record Difference(Kind kind, String type, String subject, Conclusion before, Conclusion after,
                         List<FieldChange> fields) {

    /** Whether the conclusion appeared, disappeared or changed. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One field of a changed conclusion, with its value before and after (as the conclusion holds them). */
    public record FieldChange(String field, Object before, Object after) {
    }

    public Difference {
        fields = List.copyOf(fields);
    }
}
