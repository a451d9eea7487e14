package failwise.verify;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRunnerTest {
    private static final Path FACTS = Path.of("src/test/resources/cli");
    private static CaseRunner runner;

    @BeforeAll
    static void compile() throws Exception {
        runner = new CaseRunner(RuleBase.compile(RuleSource.directory(Path.of("src/test/resources/cli-rules")).files()),
                false);
    }

    @Test
    void aFileWhoseExpectationsAreAllMetPasses() {
        CaseResult r = runner.run(FACTS.resolve("busy-home-server.json"));
        assertThat(r.status()).isEqualTo(CaseResult.Status.PASS);
        assertThat(r.name()).isEqualTo("Busy home server: open fails over to the most available replica");
        assertThat(r.expectations()).hasSize(4).allMatch(ExpectationResult::met);
        assertThat(r.evaluation().conclusions()).hasSize(3);
    }

    @Test
    void aFileWithAnUnmetExpectationFailsAndKeepsItsEvaluation() {
        CaseResult r = runner.run(FACTS.resolve("expects-the-wrong-outcome.json"));
        assertThat(r.status()).isEqualTo(CaseResult.Status.FAIL);
        assertThat(r.failed()).extracting(x -> x.expectation().pointer()).containsExactly("/expect/0");
        assertThat(r.evaluation()).isNotNull();
    }

    @Test
    void aFileThatCannotBeLoadedIsAnErrorWithItsProblems() {
        CaseResult r = runner.run(FACTS.resolve("malformed-json.json"));
        assertThat(r.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(r.evaluation()).isNull();
        assertThat(r.ruleFailure()).isNull();
        assertThat(r.problems()).extracting(Problem::render).singleElement().asString()
                .startsWith(FACTS.resolve("malformed-json.json") + ":3:");
    }

    @Test
    void aRuleThatThrowsIsARuleFailureNotAProblemOfTheFile(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("bomb.drl"), "package t\nimport failwise.model.Server\n"
                + "rule \"Every server makes this rule throw\"\nwhen\n  Server()\nthen\n"
                + "  throw new IllegalStateException(\"boom\");\nend\n");
        CaseResult r = new CaseRunner(RuleBase.compile(RuleSource.directory(rules).files()), false)
                .run(FACTS.resolve("busy-home-server.json"));
        assertThat(r.status()).isEqualTo(CaseResult.Status.ERROR);
        assertThat(r.problems()).isEmpty();
        assertThat(r.ruleFailure().code()).isEqualTo("rule-failed");
        assertThat(r.allProblems()).containsExactly(r.ruleFailure());
    }
}
