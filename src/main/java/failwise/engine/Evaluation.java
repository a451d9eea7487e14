package failwise.engine;

import failwise.model.Conclusion;
import failwise.model.Snapshot;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The result of evaluating one fact file: its conclusions in output order, and for each the chain of rules and
 * facts that produced it.
 */
public final class Evaluation {
    private final Snapshot snapshot;
    private final List<Conclusion> conclusions;
    private final Provenance provenance;
    private final Set<String> rulesFired;
    private final Map<Object, Set<Object>> reach = new IdentityHashMap<>();

    private final int firings;

    /** {@code provenance} is null when nothing was recorded: then every fact reads as given, no rule as fired. */
    Evaluation(Snapshot snapshot, List<Conclusion> conclusions, Provenance provenance, int firings) {
        this.snapshot = snapshot;
        this.conclusions = List.copyOf(conclusions);
        this.provenance = provenance != null ? provenance : new Provenance(null, false);
        this.firings = firings;
        this.rulesFired = Set.copyOf(this.provenance.firingsPerRule().keySet());
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public List<Conclusion> conclusions() {
        return conclusions;
    }

    /** The names of the rules that fired at least once (for rule coverage). */
    public Set<String> rulesFired() {
        return rulesFired;
    }

    /** How many times rules fired in this evaluation (a measure of its work, for benchmarks). */
    public int firings() {
        return firings;
    }

    /** The rule that concluded {@code fact} first, or null for a given fact. */
    public RuleInfo ruleOf(Object fact) {
        List<Firing> firings = provenance.justificationsOf(fact);
        return firings.isEmpty() ? null : firings.get(0).rule();
    }

    /**
     * Why {@code fact} holds, down to the facts of the fact file: only facts that took part in deriving it, a shared
     * derived fact cited with the justification that belongs to this tree (see {@link TreeOfReasons}). Synchronized:
     * the trees of one evaluation share a cache.
     */
    public synchronized Because because(Object fact) {
        return new TreeOfReasons(provenance, this::says, reach).of(fact);
    }

    private String says(Firing firing) {
        String template = firing.rule().says();
        if (template == null || firing.templateValues() == null) {
            return firing.rule().name();
        }
        Matcher m = RuleInfo.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = firing.rule().templateVariables().indexOf(m.group(1));
            Object value = index < 0 ? null : firing.templateValues()[index];
            if (!m.group(2).isEmpty()) {
                for (String field : m.group(2).substring(1).split("\\.")) {
                    value = property(value, field);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** How a value reads in a sentence: server names as the fact file wrote them, lists joined. */
    public String text(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "none" : c.stream().map(this::text).collect(Collectors.joining(", "));
        }
        String s = String.valueOf(value);
        return snapshot.writtenNames().getOrDefault(s, s);
    }

    /**
     * A conclusion's subject as the fact file wrote its names: a subject joins several keys with spaces (a
     * document and a server), each written as the file wrote it.
     */
    public String subjectText(String subject) {
        if (subject == null) {
            return "none";
        }
        String[] parts = subject.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = snapshot.writtenNames().getOrDefault(parts[i], parts[i]);
        }
        return String.join(" ", parts);
    }

    private static Object property(Object target, String field) {
        if (target == null) {
            return null;
        }
        try {
            if (target.getClass().isRecord()) {
                for (RecordComponent rc : target.getClass().getRecordComponents()) {
                    if (rc.getName().equals(field)) {
                        return rc.getAccessor().invoke(target);
                    }
                }
            }
            String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
            return target.getClass().getMethod(getter).invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The names as written in the fact file, for renderers. */
    public Map<String, String> writtenNames() {
        return snapshot.writtenNames();
    }
}
