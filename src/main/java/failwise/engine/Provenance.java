package failwise.engine;

import failwise.model.Conclusion;
import failwise.model.InputFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.drools.tms.LogicalDependency;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records, for every fact a rule inserted, each firing that justifies it (rule, matched facts, template values),
 * and counts firings per rule so a runaway rule can be named.
 *
 * <p>A logical insert of a fact equal to one already held adds a justification to that fact and raises no insert
 * event (an action's class justified by every request of that action, a group's folded name by every member): the
 * firing's logical dependencies name the fact it justified, so every firing that justifies a fact is kept, and the
 * explanation of a conclusion can cite the one that belongs to it.
 *
 * <p>In a live session that forks, a fact truth maintenance retracts is forgotten with its firings, and a firing
 * that cites a fact no longer held (an input fact a fork replaced, a derived fact retracted) is dropped when the
 * fact it justified gains another: the provenance stays the size of working memory over thousands of forks, and
 * explains only with what holds now.
 */
final class Provenance extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final RuleBase ruleBase;
    private final boolean premises;
    private final Map<Object, List<Firing>> producedBy = new IdentityHashMap<>();
    private final Map<String, Integer> firingsPerRule = new HashMap<>();
    private Firing current;
    private int sequence;

    /** Whether an input fact is held by the session now; every input fact is, outside a live session. */
    private java.util.function.Predicate<Object> inputHeld = fact -> true;

    /** Whether the firings are followed (the agenda listened to), not only the facts inserted and deleted. */
    private final boolean followsFirings;

    Provenance(RuleBase ruleBase, boolean premises) {
        this(ruleBase, premises, true);
    }

    private Provenance(RuleBase ruleBase, boolean premises, boolean followsFirings) {
        this.ruleBase = ruleBase;
        this.premises = premises;
        this.followsFirings = followsFirings;
    }

    /** What records {@code detail}: nothing (null) for outcomes only. */
    static Provenance of(RuleBase ruleBase, Evaluator.Detail detail) {
        return switch (detail) {
            case OUTCOMES -> null;
            case CITATIONS -> new Provenance(ruleBase, false, false);
            case RULES -> new Provenance(ruleBase, false, true);
            case EXPLAINED -> new Provenance(ruleBase, true, true);
        };
    }

    /**
     * Listens to {@code session}: to its facts, and to its firings unless only citations are recorded, which is
     * what makes a citation cheap (most of an evaluation's events are firings).
     */
    void listenTo(org.kie.api.runtime.KieSession session) {
        if (followsFirings) {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) this);
        }
        session.addEventListener((RuleRuntimeEventListener) this);
    }

    /** Whether the firings are followed: the rules that fired and the rule firing now are known. */
    boolean followsFirings() {
        return followsFirings;
    }

    /** Tells the provenance of a live session which input facts it holds now. */
    void heldInputs(java.util.function.Predicate<Object> held) {
        this.inputHeld = held;
    }

    private boolean held(Object fact) {
        return fact instanceof InputFact ? inputHeld.test(fact) : producedBy.containsKey(fact);
    }

    /** Whether every premise of {@code firing} is held now. */
    private boolean current(Firing firing) {
        for (Object premise : firing.premises()) {
            if (!held(premise)) {
                return false;
            }
        }
        return true;
    }

    /** A copy that keeps explaining the facts of this moment, with their current firings, after the session moves on. */
    Provenance frozen() {
        Provenance copy = new Provenance(ruleBase, premises, followsFirings);
        for (Map.Entry<Object, List<Firing>> e : producedBy.entrySet()) {
            List<Firing> now = new ArrayList<>(e.getValue().size());
            for (Firing f : e.getValue()) {
                if (current(f)) {
                    now.add(f);
                }
            }
            copy.producedBy.put(e.getKey(), now.isEmpty() ? List.copyOf(e.getValue()) : now);
        }
        copy.firingsPerRule.putAll(firingsPerRule);
        copy.sequence = sequence;
        return copy;
    }

    /** How many facts have a recorded producer: bounded by working memory. */
    int size() {
        int n = 0;
        for (List<Firing> f : producedBy.values()) {
            n += f.size();
        }
        return n;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        RuleInfo rule = ruleBase.rule(match.getRule().getName());
        firingsPerRule.merge(rule.name(), 1, Integer::sum);
        List<Object> matched = List.of();
        Object[] values = null;
        if (premises) {
            matched = new ArrayList<>();
            for (Object o : match.getObjects()) {
                flatten(o, matched);
            }
            values = new Object[rule.templateVariables().size()];
            // Drools builds the id list afresh on every call: ask once per firing, not once per variable.
            List<String> ids = values.length == 0 ? List.of() : match.getDeclarationIds();
            for (int i = 0; i < values.length; i++) {
                values[i] = declaration(match, ids, rule.templateVariables().get(i));
            }
        }
        current = new Firing(++sequence, rule, matched, values);
    }

    private static Object declaration(Match match, List<String> ids, String id) {
        try {
            return ids.contains(id) ? match.getDeclarationValue(id) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void flatten(Object o, List<Object> out) {
        if (o instanceof Collection<?> c) {
            c.forEach(x -> flatten(x, out));
        } else if (o instanceof Object[] a) {
            for (Object x : a) {
                flatten(x, out);
            }
        } else if (o != null && isFact(o) && !containsSame(out, o)) {
            out.add(o);
        }
    }

    /** Identity lookup in the few premises of one firing; a loop, as a stream here cost more than the search. */
    private static boolean containsSame(List<Object> list, Object o) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == o) {
                return true;
            }
        }
        return false;
    }

    private boolean isFact(Object o) {
        // The engine's own initial fact stands behind a rule with no patterns (or only a from over constants);
        // it is nothing a consultant wrote or a rule concluded.
        return o instanceof InputFact || o instanceof Conclusion || producedBy.containsKey(o)
                || !(o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Enum<?>
                        || o instanceof org.drools.base.InitialFact);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (premises && current != null && event.getMatch() instanceof TruthMaintenanceSystemInternalMatch<?> match
                && match.getLogicalDependencies() != null) {
            for (LogicalDependency<?> d = match.getLogicalDependencies().getFirst(); d != null; d = d.getNext()) {
                Object justified = d.getJustified() instanceof BeliefSet<?> set && set.getFactHandle() != null
                        ? set.getFactHandle().getObject() : d.getObject();
                List<Firing> firings = producedBy.get(justified);
                // The firing that inserted the fact is already its last justification.
                if (firings != null && firings.get(firings.size() - 1) != current) {
                    firings.removeIf(f -> !current(f));
                    firings.add(current);
                }
            }
        }
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (current != null && event.getRule() != null) {
            List<Firing> firings = new ArrayList<>(1);
            firings.add(current);
            producedBy.put(event.getObject(), firings);
        } else if (!followsFirings && event.getRule() != null && event.getObject() instanceof Conclusion) {
            // Citations only: the rule that inserted a conclusion, from the insert itself.
            List<Firing> made = new ArrayList<>(1);
            made.add(new Firing(++sequence, ruleBase.rule(event.getRule().getName()), List.of(), null));
            producedBy.put(event.getObject(), made);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        producedBy.remove(event.getOldObject());
    }

    /** The rule whose action is running now, or null between firings. */
    String firingRule() {
        Firing f = current;
        return f == null ? null : f.rule().name();
    }

    /** The firings that justify {@code fact}, first producer first; empty for a given fact. */
    List<Firing> justificationsOf(Object fact) {
        return producedBy.getOrDefault(fact, List.of());
    }

    Map<String, Integer> firingsPerRule() {
        return firingsPerRule;
    }

    int firings() {
        return sequence;
    }
}
