package failwise.cli;

import failwise.engine.Because;
import failwise.engine.Evaluation;
import failwise.engine.RuleInfo;
import failwise.model.Conclusion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The text form of an explanation: a conclusion's headline, then the rule sentences and facts that led to it
 * as a tree a consultant can read out to a customer. A premise that recurs is written out once, then referred to.
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

    private void node(Because b, String prefix, boolean last, Set<Object> shown, List<String> out) {
        String line = prefix + (last ? "└─ " : "├─ ") + label(b);
        if (b instanceof Because.Derived d && !d.premises().isEmpty() && !shown.add(d.fact())) {
            out.add(line + "  (see above)");
            return;
        }
        out.add(line);
        if (b instanceof Because.Derived d) {
            String childPrefix = prefix + (last ? "   " : "│  ");
            for (int i = 0; i < d.premises().size(); i++) {
                node(d.premises().get(i), childPrefix, i == d.premises().size() - 1, shown, out);
            }
        }
    }

    private String label(Because b) {
        if (b instanceof Because.Given g) {
            return facts.of(g.fact()) + (g.pointer() == null ? "" : "  (" + g.pointer() + ")");
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
}
