package failwise.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.engine.Replacement;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.facts.Locator;
import failwise.model.InputFact;
import failwise.model.Problem;
import failwise.model.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        return edited(tree.deepCopy(), changes);
    }

    private LoadResult edited(JsonNode copy, List<Change> changes) throws ChangeException {
        TreeEdit edit = new TreeEdit(copy, snapshot.source());
        for (Change c : changes) {
            edit.apply(c);
        }
        return loader.fromTree(snapshot.source(), copy, Locator.NONE);
    }

    /** A changed copy of the file: its load, and the replacements that turn the file's facts into its facts. */
    public record Changed(LoadResult load, List<Replacement> replacements) {
        public Changed {
            replacements = List.copyOf(replacements);
        }
    }

    /**
     * The copy {@link #fork} makes and checks, with the fact replacements a live session applies to evaluate it. When
     * every change edits a field inside an entry (a server, replica, group, document or request) other than the
     * names and ids other entries refer to, only those entries are copied and only their facts compared; otherwise
     * the whole file is.
     */
    public Changed changed(List<Change> changes) throws ChangeException {
        Set<String> entries = entries(changes);
        LoadResult load = edited(entries == null ? tree.deepCopy() : copyOf(entries), changes);
        if (!load.ok()) {
            return new Changed(load, List.of());
        }
        return new Changed(load, entries == null ? Replacement.between(snapshot, load.snapshot())
                : Replacement.between(under(snapshot.facts(), entries), under(load.snapshot().facts(), entries)));
    }

    /** The fields other entries refer to an entry by: a change to one may change facts of other entries. */
    private static final Set<String> REFERRED_TO = Set.of("name", "id");

    /** The pointers of the entries the changes edit ({@code /servers/3}), or null when one edits anything else. */
    private Set<String> entries(List<Change> changes) throws ChangeException {
        Targets targets = new Targets(tree, snapshot.source());
        Set<String> out = new LinkedHashSet<>();
        for (Change c : changes) {
            String entry = c.kind() == Change.Kind.POINTER ? entry(c.entity()) : entry(c, targets);
            if (entry == null) {
                return null;
            }
            out.add(entry);
        }
        return out;
    }

    private String entry(Change c, Targets targets) throws ChangeException {
        if (c.key() == null && (c.field() == null || REFERRED_TO.contains(c.field()))) {
            return null;
        }
        String section = Targets.section(c.kind());
        ObjectNode target = targets.find(c);
        JsonNode list = tree.path(section);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == target) {
                return "/" + section + "/" + i;
            }
        }
        return null;
    }

    /**
     * The entry a pointer edits a field of ({@code /servers/3/notesIni/X} edits {@code /servers/3}), or null for a
     * pointer to an entry itself (replacing, removing or appending one renumbers those after it), above the entries,
     * or to a name or id.
     */
    private String entry(String pointer) {
        String[] parts = pointer.split("/", -1);
        if (parts.length < 4 || !Targets.SECTIONS.contains(parts[1]) || REFERRED_TO.contains(parts[3])) {
            return null;
        }
        JsonNode list = tree.path(parts[1]);
        if (!list.isArray() || !parts[2].matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(parts[2]) >= list.size()) {
            return null;
        }
        return "/" + parts[1] + "/" + parts[2];
    }

    /** The tree with the given entries copied, so they can be edited; everything else is shared with the file's tree. */
    private ObjectNode copyOf(Set<String> entries) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        copy.setAll((ObjectNode) tree);
        for (String entry : entries) {
            String[] parts = entry.split("/");
            JsonNode list = copy.get(parts[1]);
            if (list == tree.get(parts[1])) {
                ArrayNode own = JsonNodeFactory.instance.arrayNode(list.size());
                own.addAll((ArrayNode) list);
                copy.set(parts[1], own);
                list = own;
            }
            int i = Integer.parseInt(parts[2]);
            ((ArrayNode) list).set(i, list.get(i).deepCopy());
        }
        return copy;
    }

    /** The facts made of the given entries: those whose pointer is an entry's or under it. */
    private static List<InputFact> under(List<InputFact> facts, Set<String> entries) {
        List<InputFact> out = new ArrayList<>();
        for (InputFact f : facts) {
            String p = f.pointer();
            for (String e : entries) {
                if (p != null && p.startsWith(e) && (p.length() == e.length() || p.charAt(e.length()) == '/')) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }
}
