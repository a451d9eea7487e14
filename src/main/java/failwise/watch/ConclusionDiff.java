package failwise.watch;

import failwise.engine.Evaluation;
import failwise.model.Conclusion;
import failwise.verify.FactFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two evaluations of one fact file, one line per conclusion: {@code + headline} for a new
 * one, {@code - headline} for one that is gone, and {@code ~ Type subject: field old → new} when the only
 * conclusion of a type about a subject changed some of its fields.
 */
final class ConclusionDiff {
    private ConclusionDiff() {
    }

    static List<String> lines(Evaluation before, Evaluation after, WatchOutput output) {
        Map<String, List<Conclusion>> old = bySubject(before.conclusions());
        Map<String, List<Conclusion>> now = bySubject(after.conclusions());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Conclusion>> e : old.entrySet()) {
            List<Conclusion> was = e.getValue();
            List<Conclusion> is = now.getOrDefault(e.getKey(), List.of());
            if (was.size() == 1 && is.size() == 1) {
                if (!was.get(0).equals(is.get(0))) {
                    Conclusion c = is.get(0);
                    lines.add("~ " + c.type() + " " + after.subjectText(c.subject()) + ": "
                            + fields(was.get(0), c, before, after));
                }
                continue;
            }
            was.stream().filter(c -> !is.contains(c)).forEach(c -> lines.add("- " + output.headline(before, c)));
            is.stream().filter(c -> !was.contains(c)).forEach(c -> lines.add("+ " + output.headline(after, c)));
        }
        now.forEach((key, is) -> {
            if (!old.containsKey(key)) {
                is.forEach(c -> lines.add("+ " + output.headline(after, c)));
            }
        });
        return lines;
    }

    /** {@code outcome FAILOVER → SERVED, servedBy Mail2/Acme → Mail1/Acme}: the fields that differ. */
    private static String fields(Conclusion was, Conclusion is, Evaluation before, Evaluation after) {
        Map<String, Object> old = FactFields.of(was);
        List<String> parts = new ArrayList<>();
        FactFields.of(is).forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                parts.add(field + " " + before.text(old.get(field)) + " → " + after.text(value));
            }
        });
        return String.join(", ", parts);
    }

    /** Conclusions keyed by type and subject, in output order. */
    private static Map<String, List<Conclusion>> bySubject(List<Conclusion> conclusions) {
        Map<String, List<Conclusion>> out = new LinkedHashMap<>();
        for (Conclusion c : conclusions) {
            out.computeIfAbsent(c.type() + "\u0000" + c.subject(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
