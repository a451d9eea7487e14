package failwise.lint;

import failwise.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a rule's consequence: it must not print (output is the facade's job, and printed lines never reach an
 * explanation) and must derive with {@code insertLogical} only. Modifying, updating, deleting or retracting a fact
 * of the fact file is one finding (facts are read-only); a plain {@code insert}, or changing a fact the pack
 * derived, is another: truth maintenance cannot take back what it did not derive, so the forks of {@code sweep},
 * {@code evaluate --set} and why-not, which put their facts back, would keep it.
 */
final class ConsequenceLint {
    /** The record types the fact loader inserts, as a rule's patterns name them. */
    static final Set<String> INPUT_FACTS = Set.of("Server", "IniSetting", "Replica", "Group", "GroupMember",
            "AclEntry", "ForeignDomainDocument", "Request", "Scenario");
    private static final Map<String, String> CHANGES = Map.of("modify", "modifies", "update", "updates",
            "delete", "deletes", "retract", "retracts", "insert", "inserts");
    private static final Set<String> PRINTS = Set.of("println", "printf", "printStackTrace");

    private ConsequenceLint() {
    }

    static List<Problem> findings(RuleText rule) {
        Map<String, String> bound = patternBindings(rule.when());
        List<Problem> out = new ArrayList<>();
        List<DrlToken> rhs = rule.then();
        for (int i = 0; i < rhs.size(); i++) {
            DrlToken t = rhs.get(i);
            DrlToken previous = i > 0 ? rhs.get(i - 1) : null;
            if (t.is("System") && i + 2 < rhs.size() && rhs.get(i + 1).isSymbol(".")
                    && (rhs.get(i + 2).is("out") || rhs.get(i + 2).is("err"))) {
                out.add(prints(rule, t, "System." + rhs.get(i + 2).text()));
                i += 2;
                while (i + 2 < rhs.size() && rhs.get(i + 1).isSymbol(".") && PRINTS.contains(rhs.get(i + 2).text())) {
                    i += 2; // System.out.println is one finding, not two
                }
            } else if (PRINTS.contains(t.text()) && t.kind() == DrlToken.Kind.WORD && opens(rhs, i)) {
                out.add(prints(rule, t, t.text()));
            } else if (CHANGES.containsKey(t.text()) && t.kind() == DrlToken.Kind.WORD && opens(rhs, i)
                    && (previous == null || !previous.isSymbol(".") || isDrools(rhs, i - 2))) {
                String variable = firstArgument(rhs, i + 1);
                String type = variable == null ? null : bound.get(variable);
                if (type != null && INPUT_FACTS.contains(type) && !t.is("insert")) {
                    out.add(RuleLint.at(rule, t, "modifies-input-fact", "rule `" + rule.name() + "` "
                            + CHANGES.get(t.text()) + " `" + variable + "`, a " + type + " from the fact file; "
                            + "facts are read-only, derive a new fact with insertLogical instead"));
                } else {
                    out.add(RuleLint.at(rule, t, "not-logical", "rule `" + rule.name() + "` "
                            + CHANGES.get(t.text()) + (variable == null ? "" : " `" + variable + "`")
                            + " outside truth maintenance; derive with insertLogical only, or what-if forks "
                            + "keep what it did"));
                }
            }
        }
        return out;
    }

    private static Problem prints(RuleText rule, DrlToken t, String what) {
        return RuleLint.at(rule, t, "rule-prints", "rule `" + rule.name() + "` prints with `" + what + "`; "
                + "conclude with insertLogical and let failwise report it");
    }

    /** {@code $x : Type(} and {@code $x : pkg.Type(} in the conditions: variable to simple type name. */
    static Map<String, String> patternBindings(List<DrlToken> lhs) {
        Map<String, String> bound = new HashMap<>();
        for (int i = 0; i + 3 < lhs.size(); i++) {
            if (lhs.get(i).kind() != DrlToken.Kind.WORD || !lhs.get(i + 1).isSymbol(":")) {
                continue;
            }
            int j = i + 2;
            String type = null;
            while (j < lhs.size() && lhs.get(j).kind() == DrlToken.Kind.WORD) {
                type = lhs.get(j).text();
                if (j + 1 < lhs.size() && lhs.get(j + 1).isSymbol(".")) {
                    j += 2;
                } else {
                    j++;
                    break;
                }
            }
            if (type != null && j < lhs.size() && lhs.get(j).isSymbol("(")) {
                bound.put(lhs.get(i).text(), type);
            }
        }
        return bound;
    }

    private static boolean opens(List<DrlToken> rhs, int i) {
        return i + 1 < rhs.size() && rhs.get(i + 1).isSymbol("(");
    }

    private static boolean isDrools(List<DrlToken> rhs, int i) {
        return i >= 0 && (rhs.get(i).is("drools") || rhs.get(i).is("kcontext"));
    }

    /** The variable a call is made on, {@code modify($s)} or {@code update($s, ...)}; null for anything else. */
    private static String firstArgument(List<DrlToken> rhs, int open) {
        if (open + 2 >= rhs.size() || rhs.get(open + 1).kind() != DrlToken.Kind.WORD) {
            return null;
        }
        DrlToken after = rhs.get(open + 2);
        return after.isSymbol(")") || after.isSymbol(",") ? rhs.get(open + 1).text() : null;
    }
}
