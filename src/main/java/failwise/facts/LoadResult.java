package failwise.facts;

import failwise.model.Problem;
import failwise.model.Snapshot;
import java.util.List;

/** What loading a fact file gave: the snapshot, or (then null) every problem found in the file. */
public record LoadResult(Snapshot snapshot, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** True when the file had no problem and {@link #snapshot()} is usable. */
    public boolean ok() {
        return problems.isEmpty();
    }

    static LoadResult failed(List<Problem> problems) {
        return new LoadResult(null, problems);
    }
}
