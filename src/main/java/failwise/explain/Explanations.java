package failwise.explain;

import failwise.engine.Because;
import failwise.engine.Evaluation;
import failwise.engine.RuleInfo;
import failwise.model.Conclusion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link Explanation} of each conclusion of one evaluation: the one place where hidden steps are folded,
 * recurring steps marked, the short account ordered and the documentation gathered. Steps whose rule is marked
 * {@code @explain("hidden")} (plumbing a customer need not hear) give way to their premises.
 */
public final class Explanations {
    private final Evaluation ev;
    private final ConclusionText conclusions;
    private final FactText facts;

    public Explanations(Evaluation ev) {
        this.ev = ev;
        this.conclusions = new ConclusionText(ev);
        this.facts = new FactText(ev);
    }

    public Evaluation evaluation() {
        return ev;
    }

    /** The one-line headline of a conclusion. */
    public String headline(Conclusion c) {
        return conclusions.headline(c);
    }

    /** One line for a document's visibility to every server (see {@link ConclusionText#document}). */
    public String document(String document, List<failwise.model.DocumentVisibility> each) {
        return conclusions.document(document, each);
    }

    /** The one-line text of a fact (given or derived). */
    public String fact(Object fact) {
        return facts.of(fact);
    }

    /** A value as it reads in a sentence: a server name as the fact file wrote it, a list joined. */
    public String name(Object value) {
        return ev.text(value);
    }

    public Explanation of(Conclusion c) {
        Because because = ev.because(c);
        List<Step> steps = new ArrayList<>();
        collect(because, Collections.newSetFromMap(new IdentityHashMap<>()), steps);
        Map<String, String> docs = new TreeMap<>(Explanations::byBehaviourId);
        docsOf(because, Collections.newSetFromMap(new IdentityHashMap<>()), docs);
        Step tree = step(because, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new Explanation(c, headline(c), nearest(steps, tree), tree, docs, because);
    }

    /** The most steps "In short" lists; the rest stays in "In full". */
    public static final int SHORT_STEPS = 10;

    /**
     * The short account: when the reasoning has more than {@link #SHORT_STEPS} steps, those nearest the conclusion
     * in the tree (breadth first: the conclusion, its direct causes, theirs...), still in build-up order.
     */
    private static List<Step> nearest(List<Step> steps, Step tree) {
        if (steps.size() <= SHORT_STEPS) {
            return steps;
        }
        Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Step> queue = new java.util.ArrayDeque<>(List.of(tree));
        Set<Object> inShort = Collections.newSetFromMap(new IdentityHashMap<>());
        steps.forEach(s -> inShort.add(s.fact()));
        while (!queue.isEmpty() && kept.size() < SHORT_STEPS) {
            Step s = queue.poll();
            if (inShort.contains(s.fact())) {
                kept.add(s.fact());
            }
            queue.addAll(s.premises());
        }
        return steps.stream().filter(s -> kept.contains(s.fact())).toList();
    }

    /** The documentation of several explanations together, per behaviour id, in id order. */
    public static Map<String, String> documentedIn(Collection<Explanation> explanations) {
        Map<String, String> docs = new TreeMap<>(Explanations::byBehaviourId);
        explanations.forEach(e -> e.documentedIn().forEach((id, doc) -> docs.merge(id, doc, Explanations::join)));
        return docs;
    }

    private Step step(Because b, Set<Object> shown) {
        if (b instanceof Because.Given g) {
            return new Step(g.fact(), facts.of(g.fact()), null,
                    g.pointer() == null || g.pointer().isEmpty() ? null : g.pointer(), false, List.of());
        }
        Because.Derived d = (Because.Derived) b;
        Citation citation = Citation.of(d.rule());
        if (!d.premises().isEmpty() && !shown.add(d.fact())) {
            return new Step(d.fact(), d.says(), citation, null, true, List.of());
        }
        List<Step> premises = new ArrayList<>();
        for (Because p : visible(d.premises())) {
            premises.add(step(p, shown));
        }
        return new Step(d.fact(), d.says(), citation, null, false, premises);
    }

    /** The premises with hidden steps replaced by their own premises, each fact once. */
    private static List<Because> visible(List<Because> premises) {
        List<Because> out = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Because p : premises) {
            for (Because v : unfold(p)) {
                if (seen.add(v.fact())) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static List<Because> unfold(Because b) {
        if (b instanceof Because.Derived d && hidden(d.rule())) {
            List<Because> out = new ArrayList<>();
            d.premises().forEach(p -> out.addAll(unfold(p)));
            return out;
        }
        return List.of(b);
    }

    /** The steps in the order the reasoning builds up, causes before what they cause, each once. */
    private static void collect(Because b, Set<Object> seen, List<Step> steps) {
        if (!(b instanceof Because.Derived d) || !seen.add(d.fact())) {
            return;
        }
        d.premises().forEach(p -> collect(p, seen, steps));
        if (!hidden(d.rule()) && d.rule().says() != null) {
            steps.add(new Step(d.fact(), d.says(), Citation.of(d.rule()), null, false, List.of()));
        }
    }

    private static void docsOf(Because b, Set<Object> seen, Map<String, String> docs) {
        if (!(b instanceof Because.Derived d) || !seen.add(d.fact())) {
            return;
        }
        RuleInfo rule = d.rule();
        if (!hidden(rule) && rule.behaviour() != null && rule.doc() != null) {
            docs.merge(rule.behaviour(), rule.doc(), Explanations::join);
        }
        d.premises().forEach(p -> docsOf(p, seen, docs));
    }

    private static String join(String a, String b) {
        return a.equals(b) || a.contains(b) ? a : a + "; " + b;
    }

    private static boolean hidden(RuleInfo rule) {
        return "hidden".equals(rule.metadata().get("explain"));
    }

    /** F2 before F10: the letter, then the number. */
    private static int byBehaviourId(String a, String b) {
        String la = a.replaceAll("[0-9].*", "");
        String lb = b.replaceAll("[0-9].*", "");
        if (!la.equals(lb)) {
            return la.compareTo(lb);
        }
        String na = a.substring(la.length()).replaceAll("[^0-9].*", "");
        String nb = b.substring(lb.length()).replaceAll("[^0-9].*", "");
        if (!na.isEmpty() && !nb.isEmpty() && !na.equals(nb)) {
            return Integer.compare(Integer.parseInt(na), Integer.parseInt(nb));
        }
        return a.compareTo(b);
    }
}
