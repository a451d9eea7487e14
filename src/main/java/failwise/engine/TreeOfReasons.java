package failwise.engine;

import failwise.model.InputFact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the {@link Because} tree of one fact, choosing for every fact with several justifications the one that
 * belongs to this tree.
 *
 * <p>A fact derived once and shared (an action's class justified by every request of that action, a group's folded
 * name by every member of the group) has one justification per firing that inserted it. The tree cites the one whose
 * premises are already in the tree: the facts of its ancestors' firings and of the subtrees built so far. Premises
 * with a single justification are built first, so their facts are there to choose by; a choice made once holds for
 * the whole tree. Nothing here knows a rule: it works for any rule that derives with {@code insertLogical}.
 */
final class TreeOfReasons {
    private final Provenance provenance;
    private final Function<Firing, String> says;
    private final Set<Object> inTree = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> path = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Object, Firing> chosen = new IdentityHashMap<>();
    private final Map<Object, Set<Object>> reach;

    /** {@code reach} caches, across trees of one evaluation, the facts each fact's first justification rests on. */
    TreeOfReasons(Provenance provenance, Function<Firing, String> says, Map<Object, Set<Object>> reach) {
        this.provenance = provenance;
        this.says = says;
        this.reach = reach;
    }

    Because of(Object fact) {
        inTree.add(fact);
        return build(fact);
    }

    private Because build(Object fact) {
        List<Firing> firings = provenance.justificationsOf(fact);
        if (firings.isEmpty()) {
            return new Because.Given(fact, fact instanceof InputFact in ? in.pointer() : null);
        }
        Firing firing = chosen.computeIfAbsent(fact, f -> choose(firings));
        path.add(fact);
        List<Object> premises = new ArrayList<>();
        for (Object premise : firing.premises()) {
            if (!path.contains(premise)) {
                premises.add(premise);
                inTree.add(premise);
            }
        }
        Because[] built = new Because[premises.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < built.length; i++) {
                boolean settled = provenance.justificationsOf(premises.get(i)).size() <= 1
                        || chosen.containsKey(premises.get(i));
                if (built[i] == null && (pass == 1 || settled)) {
                    built[i] = build(premises.get(i));
                }
            }
        }
        path.remove(fact);
        return new Because.Derived(fact, firing.rule(), says.apply(firing), List.of(built));
    }

    /**
     * The justification whose own premises are most in this tree and least outside it; if that ties, the one whose
     * whole derivation is; if that ties too, the first.
     */
    private Firing choose(List<Firing> firings) {
        if (firings.size() == 1) {
            return firings.get(0);
        }
        Firing best = null;
        int bestDirect = Integer.MIN_VALUE;
        int bestDeep = Integer.MIN_VALUE;
        for (Firing f : firings) {
            int direct = agreement(f.premises());
            if (direct < bestDirect) {
                continue;
            }
            int deep = agreement(deepPremises(f));
            if (direct > bestDirect || deep > bestDeep) {
                best = f;
                bestDirect = direct;
                bestDeep = deep;
            }
        }
        return best;
    }

    private int agreement(Iterable<Object> facts) {
        int score = 0;
        for (Object o : facts) {
            score += inTree.contains(o) ? 1 : -1;
        }
        return score;
    }

    private Set<Object> deepPremises(Firing firing) {
        Set<Object> all = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object premise : firing.premises()) {
            all.add(premise);
            all.addAll(reach(premise, Collections.newSetFromMap(new IdentityHashMap<>())));
        }
        return all;
    }

    /** The facts {@code fact} rests on through its first justification, cached per evaluation. */
    private Set<Object> reach(Object fact, Set<Object> visiting) {
        Set<Object> known = reach.get(fact);
        if (known != null) {
            return known;
        }
        List<Firing> firings = provenance.justificationsOf(fact);
        if (firings.isEmpty() || !visiting.add(fact)) {
            return Set.of();
        }
        Set<Object> all = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object premise : firings.get(0).premises()) {
            all.add(premise);
            all.addAll(reach(premise, visiting));
        }
        visiting.remove(fact);
        reach.put(fact, all);
        return all;
    }
}
