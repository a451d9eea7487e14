package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.lint.RuleLint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    private static final String CHECK = "src/test/resources/check/";

    private static Cli check(String folder) {
        return Cli.run("--rules", CHECK + folder, "check");
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aPackThatKeepsEveryConventionIsCleanAndSaysSoInOneLine() {
        Cli run = check("clean");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(CHECK + "clean: 2 rules in 1 file, no problems\n");
    }

    @Test
    void aSyntaxErrorIsLocatedAndExitsThreeAndTheLintsStillRun() {
        Cli run = check("does-not-compile");
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        String file = CHECK + "does-not-compile/rules.drl";
        assertThat(run.err()).isEqualTo(lines(
                file + ":9:1: rule-syntax: mismatched input 'then' in rule \"A rule with a missing parenthesis\"",
                file + ":5:6: missing-says: rule `A rule with a missing parenthesis` has no @says sentence; "
                        + "add @says(\"...\") with the sentence explanations print when it fires"));
        assertThat(run.out()).isEqualTo(CHECK + "does-not-compile: 1 rule in 1 file, 2 problems, "
                + "the rules do not compile\n");
    }

    @Test
    void aDuplicateNameInOnePackageDoesNotCompileAndIsReportedOnceWithTheFirstPlace() {
        Cli run = check("duplicate-rule-name");
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        String dir = CHECK + "duplicate-rule-name/";
        assertThat(run.err()).isEqualTo(lines(dir + "20-second.drl:6:6: duplicate-rule-name: rule name "
                + "`A server is known` is already used at " + dir + "10-first.drl:5; rule names must be unique across "
                + "the pack, explanations cite them"));
        assertThat(run.out()).endsWith(": 2 rules in 2 files, 1 problem, the rules do not compile\n");
    }

    @Test
    void aDuplicateNameInAnotherPackageCompilesButIsAFinding() {
        Cli run = check("duplicate-rule-name-in-two-packages");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        String dir = CHECK + "duplicate-rule-name-in-two-packages/";
        assertThat(run.err()).isEqualTo(lines(dir + "20-second.drl:6:6: duplicate-rule-name: rule name "
                + "`A server is known` is already used at " + dir + "10-first.drl:5; rule names must be unique across "
                + "the pack, explanations cite them"));
        assertThat(run.out()).isEqualTo(dir.substring(0, dir.length() - 1) + ": 2 rules in 2 files, 1 problem\n");
    }

    @Test
    void aRuleWithoutSentenceOrBehaviourIsFoundAtItsName() {
        Cli run = check("missing-says-and-behaviour");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        String file = CHECK + "missing-says-and-behaviour/rules.drl";
        String says = " has no @says sentence; add @says(\"...\") with the sentence explanations print when it fires";
        String behaviour = " has no @behaviour id; add @behaviour(\"...\") naming the behaviour it implements, "
                + "e.g. @behaviour(\"F1\")";
        assertThat(run.err()).isEqualTo(lines(
                file + ":5:6: missing-says: rule `A server without a sentence`" + says,
                file + ":12:6: missing-behaviour: rule `A server without a behaviour`" + behaviour,
                file + ":19:6: missing-says: rule `NoMetadataAtAll`" + says,
                file + ":19:6: missing-behaviour: rule `NoMetadataAtAll`" + behaviour));
        assertThat(run.out()).endsWith(": 3 rules in 1 file, 4 problems\n");
    }

    @Test
    void aSentencePlaceholderTheConditionsDoNotBindIsFoundAtTheSentence() {
        Cli run = check("unbound-placeholder");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        String file = CHECK + "unbound-placeholder/rules.drl";
        assertThat(run.err()).isEqualTo(lines(file + ":7:11: unbound-placeholder: rule `A server below its threshold "
                + "is named in the sentence` says `{$threshhold}`, which its conditions do not bind (bound: $name, "
                + "$threshold); explanations would print `none` there"));
        assertThat(run.out()).endsWith(": 2 rules in 1 file, 1 problem\n");
    }

    @Test
    void aConsequenceThatPrintsIsFoundAtThePrintingToken() {
        Cli run = check("rule-prints");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        String file = CHECK + "rule-prints/rules.drl";
        String advice = "; conclude with insertLogical and let failwise report it";
        assertThat(run.err()).isEqualTo(lines(
                file + ":10:5: rule-prints: rule `A rule that prints` prints with `System.out`" + advice,
                file + ":11:28: rule-prints: rule `A rule that prints` prints with `System.err`" + advice,
                file + ":19:38: rule-prints: rule `A rule that prints a stack trace` prints with `printStackTrace`"
                        + advice));
    }

    @Test
    void changingAFactOfTheFactFileIsFoundAndSoIsAnyDerivationOutsideTruthMaintenance() {
        Cli run = check("modifies-input-fact");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        String file = CHECK + "modifies-input-fact/rules.drl";
        String advice = " from the fact file; facts are read-only, derive a new fact with insertLogical instead";
        String logical = " outside truth maintenance; derive with insertLogical only, or what-if forks keep what it did";
        assertThat(run.err()).isEqualTo(lines(
                file + ":15:5: modifies-input-fact: rule `A rule that updates a server` updates `$s`, a Server" + advice,
                file + ":23:5: not-logical: rule `A rule that retracts a request` inserts" + logical,
                file + ":24:5: modifies-input-fact: rule `A rule that retracts a request` retracts `$r`, a Request"
                        + advice,
                file + ":32:12: modifies-input-fact: rule `A rule that deletes a request through drools` deletes "
                        + "`$r`, a Request" + advice,
                file + ":40:5: not-logical: rule `A rule that retracts a fact the pack declares` deletes `$seen`"
                        + logical));
        assertThat(run.out()).endsWith(": 4 rules in 1 file, 5 problems\n");
    }

    @Test
    void salienceNeedsACommentOnItsLineOrTheLineAbove() {
        Cli run = check("salience-without-reason");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        String file = CHECK + "salience-without-reason/rules.drl";
        String advice = " sets salience without a comment saying why; add one on the same line or the line above";
        assertThat(run.err()).isEqualTo(lines(
                file + ":7:5: salience-without-reason: rule `A rule with an unexplained salience`" + advice,
                file + ":17:5: salience-without-reason: rule `A rule whose salience comment is too far away`"
                        + advice));
    }

    @Test
    void theScannerCountsTheSameRulesAsTheCompilerOnTheWholePack() throws Exception {
        RuleSource pack = RuleSource.directory(Path.of("rules"));
        assertThat(new RuleLint(pack.files()).ruleCount()).isEqualTo(RuleBase.compile(pack.files()).rules().size());
    }

    @Test
    void helpListsEveryLintAndTheExitCodes() {
        Cli run = Cli.run("check", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: failwise check").contains("--rules=DIR")
                .contains("duplicate-rule-name").contains("modifies-input-fact").contains("not-logical").contains("salience-without-reason")
                .contains("1   the rules compile, but at least one lint finding").contains("Examples:");
    }
}
