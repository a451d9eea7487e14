package failwise.whatif;

import failwise.model.Conclusion;
import failwise.verify.FactFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares two lists of conclusions. Conclusions are matched by type and subject; equal ones are the same; when
 * exactly one of a type and subject is left on each side it has changed, field by field; anything else left was
 * added or removed. The result is ordered by type, subject, then kind, so it is deterministic.
 */
public final class ConclusionDiff {
    private ConclusionDiff() {
    }

    public static List<Difference> of(List<Conclusion> before, List<Conclusion> after) {
        Map<String, List<Conclusion>> left = byKey(before);
        Map<String, List<Conclusion>> right = byKey(after);
        TreeMap<String, Boolean> keys = new TreeMap<>();
        left.keySet().forEach(k -> keys.put(k, true));
        right.keySet().forEach(k -> keys.put(k, true));
        List<Difference> out = new ArrayList<>();
        for (String key : keys.keySet()) {
            List<Conclusion> l = new ArrayList<>(left.getOrDefault(key, List.of()));
            List<Conclusion> r = new ArrayList<>(right.getOrDefault(key, List.of()));
            for (Conclusion c : List.copyOf(l)) {
                if (r.remove(c)) {
                    l.remove(c);
                }
            }
            if (l.size() == 1 && r.size() == 1) {
                out.add(changed(l.get(0), r.get(0)));
                continue;
            }
            l.forEach(c -> out.add(new Difference(Difference.Kind.REMOVED, c.type(), c.subject(), c, null, List.of())));
            r.forEach(c -> out.add(new Difference(Difference.Kind.ADDED, c.type(), c.subject(), null, c, List.of())));
        }
        out.sort(Comparator.comparing(Difference::type).thenComparing(Difference::subject,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Difference::kind)
                .thenComparing(d -> String.valueOf(d.after() != null ? d.after() : d.before())));
        return out;
    }

    private static Difference changed(Conclusion before, Conclusion after) {
        Map<String, Object> l = FactFields.of(before);
        Map<String, Object> r = FactFields.of(after);
        List<Difference.FieldChange> fields = new ArrayList<>();
        for (Map.Entry<String, Object> e : l.entrySet()) {
            Object now = r.get(e.getKey());
            if (!Objects.equals(e.getValue(), now)) {
                fields.add(new Difference.FieldChange(e.getKey(), e.getValue(), now));
            }
        }
        return new Difference(Difference.Kind.CHANGED, before.type(), before.subject(), before, after, fields);
    }

    private static Map<String, List<Conclusion>> byKey(List<Conclusion> conclusions) {
        Map<String, List<Conclusion>> out = new LinkedHashMap<>();
        for (Conclusion c : conclusions) {
            out.computeIfAbsent(c.type() + "\u0000" + c.subject(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
