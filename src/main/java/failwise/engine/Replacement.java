package failwise.engine;

import failwise.model.InputFact;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fact of a fork: {@code before} (a fact of the snapshot the session holds, the very object) replaced by
 * {@code after}. A null {@code before} adds {@code after}; a null {@code after} removes {@code before}.
 */
public record Replacement(InputFact before, InputFact after) {
    public Replacement {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a replacement needs a fact before or after");
        }
    }

    /**
     * The replacements that turn {@code from} into {@code to}: facts are matched by type and pointer (the place
     * in the file), in file order when a pointer holds several facts; equal facts are left alone.
     */
    public static List<Replacement> between(Snapshot from, Snapshot to) {
        return between(from.facts(), to.facts());
    }

    /** The same for some facts of two snapshots: those of the entries a change touched. */
    public static List<Replacement> between(List<InputFact> from, List<InputFact> to) {
        Map<String, List<InputFact>> old = byPlace(from);
        Map<String, List<InputFact>> now = byPlace(to);
        List<Replacement> out = new ArrayList<>();
        for (Map.Entry<String, List<InputFact>> e : old.entrySet()) {
            List<InputFact> was = e.getValue();
            List<InputFact> is = now.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
                InputFact a = i < was.size() ? was.get(i) : null;
                InputFact b = i < is.size() ? is.get(i) : null;
                if (!Objects.equals(a, b)) {
                    out.add(new Replacement(a, b));
                }
            }
        }
        for (Map.Entry<String, List<InputFact>> e : now.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                e.getValue().forEach(b -> out.add(new Replacement(null, b)));
            }
        }
        return out;
    }

    /** {@code base} with {@code replacements} applied: what a fresh load of the changed file would hold. */
    public static Snapshot applied(Snapshot base, List<Replacement> replacements) {
        Map<InputFact, InputFact> swap = new IdentityHashMap<>();
        List<InputFact> added = new ArrayList<>();
        for (Replacement r : replacements) {
            if (r.before() == null) {
                added.add(r.after());
            } else {
                swap.put(r.before(), r.after());
            }
        }
        List<InputFact> facts = new ArrayList<>(base.facts().size() + added.size());
        for (InputFact f : base.facts()) {
            InputFact g = swap.containsKey(f) ? swap.get(f) : f;
            if (g != null) {
                facts.add(g);
            }
        }
        facts.addAll(added);
        return new Snapshot(base.source(), facts, base.expectations(), base.writtenNames());
    }

    private static Map<String, List<InputFact>> byPlace(List<InputFact> facts) {
        Map<String, List<InputFact>> out = new LinkedHashMap<>(facts.size() * 2);
        for (InputFact f : facts) {
            out.computeIfAbsent(f.getClass().getName() + '\u0000' + f.pointer(), k -> new ArrayList<>(1)).add(f);
        }
        return out;
    }

    /** The inverse, in reverse order: applying it after {@code replacements} gives the facts back. */
    static List<Replacement> inverse(List<Replacement> replacements) {
        List<Replacement> out = new ArrayList<>(replacements.size());
        for (int i = replacements.size() - 1; i >= 0; i--) {
            Replacement r = replacements.get(i);
            out.add(new Replacement(r.after(), r.before()));
        }
        return out;
    }
}
