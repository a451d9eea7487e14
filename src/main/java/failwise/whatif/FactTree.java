package failwise.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.facts.Locator;
import failwise.model.Problem;
import failwise.model.Snapshot;
import java.nio.file.Path;
import java.util.List;

/**
 * A fact file loaded both as a {@link Snapshot} and as its JSON tree, so that changed copies (forks) of it can be
 * made and loaded again through the same checks as the file itself. Immutable and safe to share between threads.
 */
public final class FactTree {
    private final Snapshot snapshot;
    private final JsonNode tree;
    private final FactLoader loader;

    private FactTree(Snapshot snapshot, JsonNode tree, FactLoader loader) {
        this.snapshot = snapshot;
        this.tree = tree;
        this.loader = loader;
    }

    /** The file loaded, or (then null tree) the problems that make it unusable. */
    public record Read(FactTree tree, List<Problem> problems) {
    }

    /** Loads {@code file} once: its problems are located as usual; a valid file is also kept as a tree. */
    public static Read read(Path file, FactLoader loader) {
        return of(loader.keepingTrees().load(file), loader);
    }

    /**
     * The file a loader made with {@link FactLoader#keepingTrees()} already read: forks are made from its tree,
     * never from reading the file again.
     */
    public static Read of(LoadResult loaded, FactLoader loader) {
        if (!loaded.ok()) {
            return new Read(null, loaded.problems());
        }
        if (loaded.tree() == null) {
            throw new IllegalArgumentException("the file was loaded without keeping its tree: use FactLoader.keepingTrees()");
        }
        return new Read(new FactTree(loaded.snapshot(), loaded.tree(), loader), List.of());
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public String source() {
        return snapshot.source();
    }

    /**
     * A copy of the file with {@code changes} applied in order, loaded and checked like the file itself. A change
     * whose target does not exist throws; a value the fact contract refuses comes back as the load's problems.
     */
    public LoadResult fork(List<Change> changes) throws ChangeException {
        JsonNode copy = tree.deepCopy();
        TreeEdit edit = new TreeEdit(copy, snapshot.source());
        for (Change c : changes) {
            edit.apply(c);
        }
        return loader.fromTree(snapshot.source(), copy, Locator.NONE);
    }
}
