package failwise.explain;

import failwise.engine.RuleInfo;

/** Which rule took a step, written one way everywhere: {@code F7, rule "The chosen replica ...", rules/45-...drl:60}. */
public record Citation(String behaviour, String rule, String location) {

    /** The citation of {@code rule}, or null for none. */
    public static Citation of(RuleInfo rule) {
        return rule == null ? null : new Citation(rule.behaviour(), rule.name(), rule.location());
    }

    /** {@code F7, rule "name", file:line} (without the behaviour id when the rule has none). */
    public String text() {
        return (behaviour == null ? "" : behaviour + ", ") + "rule \"" + rule + "\", " + location;
    }

    /** The citation in brackets, as it follows a sentence: {@code [F7, rule "name", file:line]}. */
    public String bracketed() {
        return "[" + text() + "]";
    }

    /** Text of {@link #bracketed} for {@code rule}, or an empty string for none. */
    public static String bracketed(RuleInfo rule) {
        return rule == null ? "" : of(rule).bracketed();
    }
}
