package failwise.cli;

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
 * The text form of an explanation: a conclusion's headline, then the rule sentences and facts that led to it
 * as a tree a consultant can read out to a customer. A premise that recurs is written out once, then referred to.
 * Steps whose rule is marked {@code @explain("hidden")} (plumbing a customer need not hear) are folded away: their
 * premises take their place.
 */
final class ExplainTree {
    private final Evaluation ev;
    private final ConclusionText conclusions;
    private final FactText facts;

    ExplainTree(Evaluation ev) {
        this.ev = ev;
        this.conclusions = new ConclusionText(ev);
        this.facts = new FactText(ev);
    }

    /** The headline and the tree beneath it, every line prefixed with {@code indent}. */
    List<String> render(Conclusion conclusion, String indent) {
        List<String> out = new ArrayList<>();
        out.add(indent + conclusions.headline(conclusion));
        out.addAll(tree(conclusion, indent));
        return out;
    }

    /** Only the tree beneath a conclusion (its headline is printed by the caller). */
    List<String> tree(Conclusion conclusion, String indent) {
        List<String> out = new ArrayList<>();
        Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        node(ev.because(conclusion), indent, true, shown, out);
        return out;
    }

    /**
     * The reasoning in the order it builds up, causes before what they cause: every sentence of the tree once,
     * numbered, with its behaviour id. This is the part to read out; the tree shows where each step came from.
     */
    List<String> inShort(Conclusion conclusion, String indent) {
        List<Because.Derived> steps = new ArrayList<>();
        collect(ev.because(conclusion), Collections.newSetFromMap(new IdentityHashMap<>()), steps);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Because.Derived d = steps.get(i);
            out.add(indent + (i + 1) + ". " + d.says() + behaviourTag(d.rule()));
        }
        return out;
    }

    /** The Domino documentation behind the behaviours these conclusions rest on, one line per behaviour id. */
    List<String> sources(Collection<? extends Conclusion> about, String indent) {
        Map<String, String> docs = new TreeMap<>(ExplainTree::byBehaviourId);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Conclusion c : about) {
            docsOf(ev.because(c), seen, docs);
        }
        List<String> out = new ArrayList<>();
        docs.forEach((behaviour, doc) -> out.add(indent + behaviour + "  " + doc));
        return out;
    }

    private void node(Because b, String prefix, boolean last, Set<Object> shown, List<String> out) {
        String line = prefix + (last ? "└─ " : "├─ ") + label(b);
        if (b instanceof Because.Derived d && !d.premises().isEmpty() && !shown.add(d.fact())) {
            out.add(line + "  (see above)");
            return;
        }
        out.add(line);
        if (b instanceof Because.Derived d) {
            String childPrefix = prefix + (last ? "   " : "│  ");
            List<Because> premises = visible(d.premises());
            for (int i = 0; i < premises.size(); i++) {
                node(premises.get(i), childPrefix, i == premises.size() - 1, shown, out);
            }
        }
    }

    /** The premises with hidden steps replaced by their own premises, each fact once. */
    private List<Because> visible(List<Because> premises) {
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

    private List<Because> unfold(Because b) {
        if (b instanceof Because.Derived d && hidden(d.rule())) {
            List<Because> out = new ArrayList<>();
            d.premises().forEach(p -> out.addAll(unfold(p)));
            return out;
        }
        return List.of(b);
    }

    private void collect(Because b, Set<Object> seen, List<Because.Derived> steps) {
        if (!(b instanceof Because.Derived d) || !seen.add(d.fact())) {
            return;
        }
        d.premises().forEach(p -> collect(p, seen, steps));
        if (!hidden(d.rule()) && d.rule().says() != null) {
            steps.add(d);
        }
    }

    private void docsOf(Because b, Set<Object> seen, Map<String, String> docs) {
        if (!(b instanceof Because.Derived d) || !seen.add(d.fact())) {
            return;
        }
        RuleInfo rule = d.rule();
        if (!hidden(rule) && rule.behaviour() != null && rule.doc() != null) {
            docs.merge(rule.behaviour(), rule.doc(), (a, c) -> a.equals(c) || a.contains(c) ? a : a + "; " + c);
        }
        d.premises().forEach(p -> docsOf(p, seen, docs));
    }

    private String label(Because b) {
        if (b instanceof Because.Given g) {
            return facts.of(g.fact()) + (g.pointer() == null || g.pointer().isEmpty() ? "" : "  (" + g.pointer() + ")");
        }
        Because.Derived d = (Because.Derived) b;
        RuleInfo rule = d.rule();
        String place = rule.location();
        if (rule.says() == null) {
            // No sentence to read out: name the rule itself.
            return "rule \"" + rule.name() + "\"  [" + (rule.behaviour() == null ? "" : rule.behaviour() + ", ")
                    + place + "]";
        }
        return d.says() + "  [" + (rule.behaviour() == null ? "" : rule.behaviour() + ", ") + "rule \""
                + rule.name() + "\", " + place + "]";
    }

    private static String behaviourTag(RuleInfo rule) {
        return rule.behaviour() == null ? "" : "  (" + rule.behaviour() + ")";
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
