package failwise.lint;

import failwise.engine.RuleFile;
import failwise.engine.RuleInfo;
import failwise.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pack's conventions, checked on the DRL text: rule names unique across the pack, a sentence and a behaviour
 * id on every rule, salience only with a comment saying why, and consequences that neither print nor change a
 * fact of the fact file. Each finding is a {@link Problem} at the offending token.
 */
public final class RuleLint {
    private final List<RuleText> rules = new ArrayList<>();

    /** Scans every file of the pack. */
    public RuleLint(List<RuleFile> files) {
        for (RuleFile f : files) {
            rules.addAll(DrlScanner.rules(f));
        }
    }

    /** How many rules the files hold (queries and declarations are not rules). */
    public int ruleCount() {
        return rules.size();
    }

    /** Every finding, in file and line order. */
    public List<Problem> findings() {
        List<Problem> out = new ArrayList<>();
        Map<String, RuleText> firstByName = new HashMap<>();
        for (RuleText rule : rules) {
            RuleText first = firstByName.putIfAbsent(rule.name(), rule);
            if (first != null) {
                out.add(at(rule, rule.nameToken(), "duplicate-rule-name", "rule name `" + rule.name()
                        + "` is already used at " + first.file() + ":" + first.nameToken().line()
                        + "; rule names must be unique across the pack, explanations cite them"));
            }
            metadata(rule, out);
            placeholders(rule, out);
            salience(rule, out);
            out.addAll(ConsequenceLint.findings(rule));
        }
        return out;
    }

    private static void metadata(RuleText rule, List<Problem> out) {
        boolean says = false;
        boolean behaviour = false;
        List<DrlToken> header = rule.header();
        for (int i = 0; i + 1 < header.size(); i++) {
            if (header.get(i).isSymbol("@")) {
                says |= header.get(i + 1).is("says");
                behaviour |= header.get(i + 1).is("behaviour");
            }
        }
        if (!says) {
            out.add(at(rule, rule.nameToken(), "missing-says", "rule `" + rule.name() + "` has no @says sentence; "
                    + "add @says(\"...\") with the sentence explanations print when it fires"));
        }
        if (!behaviour) {
            out.add(at(rule, rule.nameToken(), "missing-behaviour", "rule `" + rule.name() + "` has no @behaviour "
                    + "id; add @behaviour(\"...\") naming the behaviour it implements, e.g. @behaviour(\"F1\")"));
        }
    }

    /**
     * Every {@code {$name}} of the sentence must name a variable the conditions bind ({@code $name : ...}): an
     * unbound one prints "none" in every explanation, which no compiler notices.
     */
    private static void placeholders(RuleText rule, List<Problem> out) {
        java.util.Set<String> bound = new java.util.HashSet<>();
        List<DrlToken> when = rule.when();
        for (int i = 0; i + 1 < when.size(); i++) {
            if (when.get(i).text().startsWith("$") && when.get(i + 1).isSymbol(":")) {
                bound.add(when.get(i).text());
            }
        }
        List<DrlToken> header = rule.header();
        for (int i = 0; i + 3 < header.size(); i++) {
            if (header.get(i).isSymbol("@") && header.get(i + 1).is("says") && header.get(i + 2).isSymbol("(")
                    && header.get(i + 3).kind() == DrlToken.Kind.STRING) {
                DrlToken says = header.get(i + 3);
                java.util.regex.Matcher m = RuleInfo.PLACEHOLDER.matcher(says.text());
                while (m.find()) {
                    if (!bound.contains(m.group(1))) {
                        out.add(at(rule, says, "unbound-placeholder", "rule `" + rule.name() + "` says `{"
                                + m.group(1) + "}`, which its conditions do not bind"
                                + (bound.isEmpty() ? "" : " (bound: " + String.join(", ", new java.util.TreeSet<>(bound)) + ")")
                                + "; explanations would print `none` there"));
                    }
                }
            }
        }
    }

    private static void salience(RuleText rule, List<Problem> out) {
        for (DrlToken t : rule.header()) {
            if (t.is("salience") && !rule.commentLines().contains(t.line())
                    && !rule.commentLines().contains(t.line() - 1)) {
                out.add(at(rule, t, "salience-without-reason", "rule `" + rule.name() + "` sets salience without "
                        + "a comment saying why; add one on the same line or the line above"));
            }
        }
    }

    static Problem at(RuleText rule, DrlToken token, String code, String message) {
        return new Problem(rule.file(), token.line(), token.column(), null, code, message);
    }
}
