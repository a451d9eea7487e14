package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.Problem;
import failwise.model.Snapshot;
import java.util.List;

/**
 * What loading a fact file gave: the snapshot, or (then null) every problem found in the file. {@code tree} is the
 * file's parsed tree, kept only by a loader made with {@link FactLoader#keepingTrees()} (for changed copies of the
 * file), else null.
 */
public record LoadResult(Snapshot snapshot, List<Problem> problems, JsonNode tree) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public LoadResult(Snapshot snapshot, List<Problem> problems) {
        this(snapshot, problems, null);
    }

    /** True when the file had no problem and {@link #snapshot()} is usable. */
    public boolean ok() {
        return problems.isEmpty();
    }

    static LoadResult failed(List<Problem> problems) {
        return new LoadResult(null, problems);
    }
}
