package failwise.engine;

import failwise.model.Conclusion;
import failwise.model.InputFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Records, for every fact a rule inserted, the firing that produced it (rule, matched facts, template values),
 * and counts firings per rule so a runaway rule can be named.
 */
final class Provenance extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final RuleBase ruleBase;
    private final boolean premises;
    private final Map<Object, Firing> producedBy = new IdentityHashMap<>();
    private final Map<String, Integer> firingsPerRule = new HashMap<>();
    private Firing current;
    private int sequence;

    Provenance(RuleBase ruleBase, boolean premises) {
        this.ruleBase = ruleBase;
        this.premises = premises;
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
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (current != null && event.getRule() != null) {
            producedBy.put(event.getObject(), current);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }

    /** The rule whose action is running now, or null between firings. */
    String firingRule() {
        Firing f = current;
        return f == null ? null : f.rule().name();
    }

    Firing producerOf(Object fact) {
        return producedBy.get(fact);
    }

    Map<String, Integer> firingsPerRule() {
        return firingsPerRule;
    }

    int firings() {
        return sequence;
    }
}
