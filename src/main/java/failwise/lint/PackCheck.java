package failwise.lint;

import failwise.engine.RuleBase;
import failwise.engine.RuleCompileException;
import failwise.engine.RuleFile;
import failwise.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code failwise check} reports on a rule pack: the compiler's problems, then the lint findings, and
 * whether the pack compiles at all.
 */
public record PackCheck(int rules, int files, boolean compiles, List<Problem> problems) {

    /** Compiles and lints {@code files}. */
    public static PackCheck of(List<RuleFile> files) {
        List<Problem> compile = new ArrayList<>();
        try {
            RuleBase.compile(files);
        } catch (RuleCompileException e) {
            compile.addAll(e.problems());
        }
        RuleLint lint = new RuleLint(files);
        List<Problem> findings = lint.findings();
        // Drools rejects a duplicate rule name within a package with two lines at the second rule ("Duplicate rule
        // name", then a clash of the Java class it generates); the lint's line says the same and where the first
        // one is, so it replaces them.
        Set<String> duplicates = findings.stream().filter(p -> p.code().equals("duplicate-rule-name"))
                .map(p -> p.file() + ":" + p.line()).collect(Collectors.toSet());
        List<Problem> all = new ArrayList<>();
        compile.stream().filter(p -> !duplicates.contains(p.file() + ":" + p.line())).forEach(all::add);
        all.addAll(findings);
        return new PackCheck(lint.ruleCount(), files.size(), compile.isEmpty(), List.copyOf(all));
    }

    /** {@code 138 rules in 20 files, no problems}, or how many problems and whether the rules compile. */
    public String summary() {
        String s = count(rules, "rule") + " in " + count(files, "file") + ", "
                + (problems.isEmpty() ? "no problems" : count(problems.size(), "problem"));
        return compiles ? s : s + ", the rules do not compile";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
