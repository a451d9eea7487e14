package failwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.TestFacts;
import failwise.facts.FactLoader;
import failwise.model.Snapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What plain {@code evaluate} records, the rule that made each conclusion and nothing of the firings, cites the same
 * rule beside every conclusion as a fully explained evaluation does; without any record, the conclusions are the same.
 */
class CitationsTest {
    static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files(RuleSource.Pack.CONCLUSIONS));
    }

    @Test
    void everyGoldenCaseCitesTheSameRuleForEachConclusionWhateverIsRecorded() throws Exception {
        Evaluator evaluator = new Evaluator(rules);
        for (Path file : TestFacts.all()) {
            Snapshot snapshot = new FactLoader().load(file).snapshot();
            List<String> explained = cited(evaluator.evaluate(snapshot, Evaluator.Detail.EXPLAINED, 0));
            Evaluation citations = evaluator.evaluate(snapshot, Evaluator.Detail.CITATIONS, 0);
            assertThat(cited(citations)).as(file.toString()).isNotEmpty().isEqualTo(explained);
            assertThat(citations.rulesFired()).as("no firing followed").isEmpty();
            assertThat(evaluator.evaluate(snapshot, Evaluator.Detail.OUTCOMES, 0).conclusions()).as(file.toString())
                    .isEqualTo(citations.conclusions());
        }
    }

    private static List<String> cited(Evaluation evaluation) {
        return evaluation.conclusions().stream().map(c -> c + " <= " + evaluation.ruleOf(c).name() + " @ "
                + evaluation.ruleOf(c).location()).toList();
    }
}
