package failwise.report;

import failwise.engine.Because;
import failwise.engine.Evaluation;
import failwise.engine.RuleInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Turns the {@code because} chains of an evaluation into {@link WhyNode} trees, step for step as {@code explain}
 * prints them: a derived step that recurs is written out once and then marked as seen above, and a step whose
 * rule is marked {@code @explain("hidden")} (plumbing a customer need not hear) gives way to its premises.
 */
final class WhyTrees {
    private final Evaluation ev;
    private final Labels labels;

    WhyTrees(Evaluation ev, Labels labels) {
        this.ev = ev;
        this.labels = labels;
    }

    /** The tree beneath a conclusion (its headline is shown by the caller). */
    WhyNode of(Object conclusion) {
        Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        return node(ev.because(conclusion), shown);
    }

    private WhyNode node(Because b, Set<Object> shown) {
        if (b instanceof Because.Given g) {
            return WhyNode.leaf(labels.fact(g.fact()), g.pointer() == null || g.pointer().isEmpty() ? null
                    : g.pointer());
        }
        Because.Derived d = (Because.Derived) b;
        RuleInfo rule = d.rule();
        String text = rule.says() == null ? "rule \"" + rule.name() + "\"" : d.says();
        String tag = (rule.behaviour() == null ? "" : rule.behaviour() + ", ")
                + (rule.says() == null ? "" : "rule \"" + rule.name() + "\", ") + rule.location();
        if (!d.premises().isEmpty() && !shown.add(d.fact())) {
            return new WhyNode(text, tag, null, true, List.of());
        }
        List<WhyNode> children = new ArrayList<>();
        for (Because premise : visible(d.premises())) {
            children.add(node(premise, shown));
        }
        return new WhyNode(text, tag, null, false, children);
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
        if (b instanceof Because.Derived d && "hidden".equals(d.rule().metadata().get("explain"))) {
            List<Because> out = new ArrayList<>();
            d.premises().forEach(p -> out.addAll(unfold(p)));
            return out;
        }
        return List.of(b);
    }
}
