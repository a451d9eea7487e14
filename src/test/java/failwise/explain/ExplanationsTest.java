package failwise.explain;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.Evaluation;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.TestFacts;
import failwise.facts.FactLoader;
import failwise.model.Conclusion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explanation model: a short account a customer can follow, a tree that still holds every step. */
class ExplanationsTest {
    @Test
    void theShortAccountKeepsAtMostTenStepsNearestTheConclusionAndEndsWithIt() throws Exception {
        RuleBase rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
        List<Path> cases = TestFacts.all();
        int longer = 0;
        for (Path file : cases) {
            Evaluation ev = new Evaluator(rules).evaluate(new FactLoader().load(file).snapshot());
            Explanations explanations = new Explanations(ev);
            for (Conclusion c : ev.conclusions()) {
                Explanation e = explanations.of(c);
                assertThat(e.inShort()).as(file + ": " + c).hasSizeLessThanOrEqualTo(Explanations.SHORT_STEPS);
                if (!e.inShort().isEmpty()) {
                    assertThat(e.inShort().get(e.inShort().size() - 1).fact()).as(file + ": " + c).isSameAs(c);
                }
                if (steps(e.tree()) > Explanations.SHORT_STEPS) {
                    longer++;
                }
            }
        }
        assertThat(longer).as("conclusions whose tree holds more steps than the short account").isPositive();
    }

    private static int steps(Step s) {
        int n = s.citation() == null || s.seeAbove() ? 0 : 1;
        for (Step p : s.premises()) {
            n += steps(p);
        }
        return n;
    }
}
