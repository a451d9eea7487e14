package failwise.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.facts.Locator;
import failwise.model.Problem;
import failwise.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A fact file loaded both as a {@link Snapshot} and as its JSON tree, so that changed copies (forks) of it can be
 * made and loaded again through the same checks as the file itself. Immutable and safe to share between threads.
 */
public final class FactTree {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

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

    /** Loads {@code file}: its problems are located as usual; a valid file is also kept as a tree. */
    public static Read read(Path file, FactLoader loader) {
        LoadResult loaded = loader.load(file);
        if (!loaded.ok()) {
            return new Read(null, loaded.problems());
        }
        String source = loaded.snapshot().source();
        try {
            String name = file.toString().toLowerCase(Locale.ROOT);
            ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
            return new Read(new FactTree(loaded.snapshot(), mapper.readTree(Files.readAllBytes(file)), loader),
                    List.of());
        } catch (IOException | RuntimeException e) {
            // The loader read it a moment ago; failing now means the file changed under us.
            return new Read(null, List.of(new Problem(source, 0, 0, "", "io",
                    "cannot read the file again to change it: " + e.getMessage())));
        }
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
