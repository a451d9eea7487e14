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
 * prints them: a derived step that recurs is written out once and then marked as seen above.
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
            return WhyNode.leaf(labels.fact(g.fact()), g.pointer());
        }
        Because.Derived d = (Because.Derived) b;
        RuleInfo rule = d.rule();
        String text = rule.says() == null ? "rule \"" + rule.name() + "\"" : d.says();
        String tag = (rule.behaviour() == null ? "" : rule.behaviour() + ", ") + "rule \"" + rule.name() + "\", "
                + rule.location();
        if (!d.premises().isEmpty() && !shown.add(d.fact())) {
            return new WhyNode(text, tag, null, true, List.of());
        }
        List<WhyNode> children = new ArrayList<>();
        for (Because premise : d.premises()) {
            children.add(node(premise, shown));
        }
        return new WhyNode(text, tag, null, false, children);
    }
}
