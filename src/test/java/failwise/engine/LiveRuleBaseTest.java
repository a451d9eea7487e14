package failwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import failwise.facts.FactLoader;
import failwise.model.FailoverDecision;
import failwise.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pack updated in place after an edit concludes and explains exactly as the edited pack compiled afresh; an edit
 * that does not compile is reported and changes nothing; the pack recovers from it.
 */
class LiveRuleBaseTest {
    private static final String BUSY_RULE = "10-server-availability.drl";
    private static final String BELOW = "$index < number )";
    private static final String AT_OR_BELOW = "$index <= number )";

    private static List<RuleFile> pack;
    private static List<Snapshot> cases;
    /** The README's BUSY example with the index at the threshold: BUSY under the at-or-below Decision only. */
    private static Snapshot atThreshold;

    @BeforeAll
    static void load() throws Exception {
        pack = RuleSource.directory(Path.of("rules")).files();
        List<Path> files;
        try (var walk = Files.walk(Path.of("test-facts"))) {
            files = walk.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        cases = new ArrayList<>();
        for (Path file : files) {
            cases.add(new FactLoader().load(file).snapshot());
        }
        String example = Files.readString(
                Path.of("test-facts/failover/f1-busy-mail-server-sends-a-mail-open-to-its-cluster-mate.yaml"));
        atThreshold = new FactLoader().parse("at-threshold.yaml",
                example.replace("availabilityIndex: 20", "availabilityIndex: 30")).snapshot();
    }

    @Test
    void anEditedRuleTakesEffectAsInAFreshCompilationOfTheEditedPack() throws Exception {
        LiveRuleBase live = LiveRuleBase.compile(pack);
        assertThat(outcome(live.current())).isEqualTo("FAILOVER");

        List<RuleFile> edited = edit(pack, BUSY_RULE, AT_OR_BELOW, BELOW);
        RuleBase updated = live.update(edited);

        assertThat(updated).isSameAs(live.current());
        assertThat(outcome(updated)).isEqualTo("SERVED");
        assertSameAs(updated, RuleBase.compile(edited));
        assertThat(updated.rule("A server whose availability index is at or below its threshold is BUSY").file())
                .isEqualTo("rules/" + BUSY_RULE);

        RuleBase back = live.update(pack);
        assertThat(outcome(back)).isEqualTo("FAILOVER");
        assertSameAs(back, RuleBase.compile(pack));
    }

    @Test
    void anEditThatDoesNotCompileIsLocatedAndLeavesTheLastGoodRulesInForce() throws Exception {
        LiveRuleBase live = LiveRuleBase.compile(edit(pack, BUSY_RULE, AT_OR_BELOW, BELOW));
        RuleBase good = live.current();

        List<RuleFile> broken = edit(pack, BUSY_RULE, "insertLogical(new ServerCondition($name, \"SERVER_BUSY\", 0));",
                "insertLogical(new ServerCondition($name, \"SERVER_BUSY\", 0))");
        assertThatThrownBy(() -> live.update(broken)).isInstanceOfSatisfying(RuleCompileException.class, e ->
                assertThat(e.problems()).allSatisfy(p -> {
                    assertThat(p.file()).isEqualTo("rules/" + BUSY_RULE);
                    assertThat(p.line()).isPositive();
                }));
        assertThat(live.current()).isSameAs(good);
        assertThat(outcome(live.current())).isEqualTo("SERVED");

        RuleBase fixed = live.update(pack);
        assertThat(outcome(fixed)).isEqualTo("FAILOVER");
        assertSameAs(fixed, RuleBase.compile(pack));
    }

    @Test
    void aChangeToDeclaredTypesOrToTheSetOfFilesIsCompiledInFull() throws Exception {
        LiveRuleBase live = LiveRuleBase.compile(pack);
        List<RuleFile> declared = edit(pack, "00-failover-facts.drl", "package failwise.rules",
                "package failwise.rules\n// a comment in a file that declares types");
        assertSameAs(live.update(declared), RuleBase.compile(declared));

        List<RuleFile> fewer = pack.stream().filter(f -> !f.relativePath().startsWith("48-")).toList();
        RuleBase without = live.update(fewer);
        assertThat(without.rules()).doesNotContainKey("A request gets one decision only");
        assertSameAs(without, RuleBase.compile(fewer));
    }

    private static String outcome(RuleBase rules) throws EvaluationException {
        return new Evaluator(rules).evaluate(atThreshold).conclusions().stream()
                .filter(FailoverDecision.class::isInstance).map(c -> ((FailoverDecision) c).outcome())
                .findFirst().orElseThrow();
    }

    private static void assertSameAs(RuleBase updated, RuleBase fresh) throws EvaluationException {
        assertThat(updated.rules().keySet()).isEqualTo(fresh.rules().keySet());
        for (Snapshot snapshot : cases) {
            assertThat(explained(updated, snapshot)).as(snapshot.source()).isEqualTo(explained(fresh, snapshot));
        }
    }

    private static List<String> explained(RuleBase rules, Snapshot snapshot) throws EvaluationException {
        Evaluation evaluation = new Evaluator(rules).evaluate(snapshot);
        return evaluation.conclusions().stream().map(c -> c + " <= " + evaluation.because(c)).toList();
    }

    private static List<RuleFile> edit(List<RuleFile> files, String name, String from, String to) {
        return files.stream().map(f -> {
            if (!f.relativePath().equals(name)) {
                return f;
            }
            assertThat(f.text()).contains(from);
            return new RuleFile(f.displayPath(), f.relativePath(), f.text().replace(from, to));
        }).toList();
    }
}
