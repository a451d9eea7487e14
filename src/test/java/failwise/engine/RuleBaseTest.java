package failwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import failwise.model.Problem;
import failwise.model.Server;
import failwise.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @TempDir
    Path dir;

    private RuleBase compile(String file, String drl) throws Exception {
        Files.writeString(dir.resolve(file), drl);
        return RuleBase.compile(RuleSource.directory(dir).files());
    }

    @Test
    void syntaxErrorIsLocatedAtFileLineAndColumn() throws Exception {
        String drl = "package t\nimport failwise.model.Server\nrule \"Broken\"\nwhen\n  Server( name == \"a\"\nthen\nend\n";
        assertThatThrownBy(() -> compile("broken.drl", drl))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> assertThat(
                        e.problems().stream().map(Problem::render).toList()).containsExactly(
                        dir.resolve("broken.drl") + ":6:1: rule-syntax: mismatched input 'then' in rule \"Broken\""));
    }

    @Test
    void unknownFieldIsLocatedAtItsLineAndNamed() throws Exception {
        String drl = "package t\nimport failwise.model.Server\nrule \"Typo\"\nwhen\n  Server( availabiltyIndex > 3 )\nthen\nend\n";
        assertThatThrownBy(() -> compile("typo.drl", drl))
                .isInstanceOfSatisfying(RuleCompileException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).render())
                            .startsWith(dir.resolve("typo.drl") + ":5:")
                            .contains("availabiltyIndex");
                });
    }

    @Test
    void ruleMetadataGivesSentenceBehaviourAndPlace() throws Exception {
        RuleBase rb = compile("a.drl", "package t\nimport failwise.model.Server\n\nrule \"A down server is noted\"\n"
                + "  @behaviour(\"F1\") @says(\"{$n} is down\")\nwhen\n  Server( $n : name, state == \"DOWN\" )\nthen\nend\n");
        RuleInfo info = rb.rule("A down server is noted");
        assertThat(info.behaviour()).isEqualTo("F1");
        assertThat(info.says()).isEqualTo("{$n} is down");
        assertThat(info.location()).isEqualTo(dir.resolve("a.drl") + ":4");
        assertThat(info.templateVariables()).containsExactly("$n");
    }

    @Test
    void aRuleThatRetriggersItselfStopsAtTheLimitAndIsNamed() throws Exception {
        RuleBase rb = compile("loop.drl", "package t\nimport failwise.model.Server\n"
                + "declare Tick n : int end\n"
                + "rule \"Start ticking\" when Server() then insert(new Tick(0)); end\n"
                + "rule \"Tick forever\"\nwhen\n  $t : Tick( n >= 0 )\nthen\n  modify($t) { setN($t.getN() + 1) };\nend\n");
        Snapshot s = new Snapshot("loop.json", List.of(new Server("CN=A/O=X", null, "UP", 100, 0, null, null, "/servers/0")),
                List.of(), Map.of());
        assertThatThrownBy(() -> new Evaluator(rb).evaluate(s, true, 5_000))
                .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.problem().render())
                        .startsWith(dir.resolve("loop.drl") + ":5:1: runaway-rules: ")
                        .contains("limit of 5000 firings")
                        .contains("most fired: `Tick forever` ("));
    }
}
