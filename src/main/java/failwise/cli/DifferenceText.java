package failwise.cli;

import failwise.engine.Evaluation;
import failwise.explain.ConclusionText;
import failwise.whatif.Difference;
import java.util.List;
import java.util.stream.Collectors;

/** One line per difference between two evaluations: what was added or removed, or which fields changed, old → new. */
final class DifferenceText {
    private final ConclusionText before;
    private final ConclusionText after;
    private final Evaluation beforeEv;
    private final Evaluation afterEv;

    DifferenceText(Evaluation before, Evaluation after) {
        this.before = new ConclusionText(before);
        this.after = new ConclusionText(after);
        this.beforeEv = before;
        this.afterEv = after;
    }

    String line(Difference d) {
        return switch (d.kind()) {
            case ADDED -> "added    " + after.headline(d.after());
            case REMOVED -> "removed  " + before.headline(d.before());
            case CHANGED -> "changed  " + d.type() + " " + beforeEv.subjectText(d.subject()) + ": "
                    + fields(d.fields());
        };
    }

    private String fields(List<Difference.FieldChange> fields) {
        return fields.stream().map(f -> f.field() + " " + beforeEv.text(f.before()) + " → " + afterEv.text(f.after()))
                .collect(Collectors.joining(", "));
    }
}
