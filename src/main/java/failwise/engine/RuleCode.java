package failwise.engine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Finds the rule behind a failure from the Java code Drools generated for it. Drools compiles each rule to classes
 * named after it ({@code pkg.Rule_<name><n>} for its conditions' {@code eval}s and its action, with suffixes such as
 * {@code Eval0Invoker} and {@code DefaultConsequenceInvoker}), and names the rule in the message of a failed
 * constraint ({@code [Rule "name" in file]}); a throwable or a thread's stack that passes through that code names
 * the rule. Built only when something went wrong, so it costs nothing on a good run.
 */
final class RuleCode {
    private static final String CONSEQUENCE = "DefaultConsequenceInvoker";
    private static final Pattern NAMED = Pattern.compile("\\[Rule \"((?:[^\"\\\\]|\\\\.)*)\" in ");
    private static final Pattern CLASS = Pattern.compile("[\\w$.]*Rule_[\\w$]+");

    /** The rule of each rule class name, e.g. {@code failing.Rule_Busy0} to {@code Busy}. */
    private final Map<String, String> ruleOfClass = new HashMap<>();
    private final Set<String> ruleNames;

    RuleCode(KieBase kieBase, Set<String> ruleNames) {
        this.ruleNames = ruleNames;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (r instanceof RuleImpl impl && impl.getConsequence() != null) {
                    String invoker = impl.getConsequence().getClass().getName();
                    if (invoker.endsWith(CONSEQUENCE)) {
                        ruleOfClass.put(invoker.substring(0, invoker.length() - CONSEQUENCE.length()), r.getName());
                    }
                }
            }
        }
    }

    /**
     * The rule a throwable names or passes through: a constraint's message naming it, then the rule classes in the
     * messages and stacks of the throwable and its causes, outermost first; null when none does.
     */
    String ruleIn(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            String rule = named(t.getMessage());
            if (rule == null) {
                rule = inStack(t.getStackTrace());
            }
            if (rule != null) {
                return rule;
            }
        }
        return null;
    }

    /** The rule whose code is nearest the top of {@code stack}, or null. */
    String inStack(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String rule = ofClass(frame.getClassName());
            if (rule != null) {
                return rule;
            }
        }
        return null;
    }

    /**
     * The rule whose own code did the work at the top of {@code stack}: the first frame outside the JDK (a
     * collection growing, a string being built) belongs to a rule class; null when it belongs to Drools or failwise.
     */
    String atTop(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            if (!cls.startsWith("java.") && !cls.startsWith("jdk.") && !cls.startsWith("sun.")) {
                return ofClass(cls);
            }
        }
        return null;
    }

    private String named(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = NAMED.matcher(message);
        while (m.find()) {
            String name = m.group(1).replace("\\\"", "\"");
            if (ruleNames.contains(name)) {
                return name;
            }
        }
        Matcher c = CLASS.matcher(message);
        while (c.find()) {
            String rule = ofClass(c.group());
            if (rule != null) {
                return rule;
            }
        }
        return null;
    }

    /** The rule of a generated class: the longest rule class name it starts with. */
    private String ofClass(String className) {
        if (!className.contains("Rule_")) {
            return null;
        }
        String best = null;
        for (String prefix : ruleOfClass.keySet()) {
            if (className.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : ruleOfClass.get(best);
    }
}
