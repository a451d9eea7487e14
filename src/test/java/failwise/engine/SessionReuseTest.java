package failwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.TestFacts;
import failwise.facts.FactLoader;
import failwise.model.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A session reset and reused for the next file concludes and explains exactly as a new one: nothing carries over. */
class SessionReuseTest {
    @Test
    void everyGoldenCaseConcludesAndExplainsTheSameWhateverFileTheSessionEvaluatedBefore() throws Exception {
        RuleBase rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
        List<Path> cases = TestFacts.all();
        assertThat(cases).hasSizeGreaterThan(2);
        Map<Path, List<String>> forward = new LinkedHashMap<>();
        for (Path file : cases) {
            forward.put(file, explained(rules, file));
        }
        List<Path> reversed = new ArrayList<>(cases);
        java.util.Collections.reverse(reversed);
        for (Path file : reversed) {
            assertThat(explained(rules, file)).as(file.toString()).isEqualTo(forward.get(file));
        }
        RuleBase fresh = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
        Path last = cases.get(cases.size() - 1);
        assertThat(explained(fresh, last)).as("a new session on " + last).isEqualTo(forward.get(last));
    }

    private static List<String> explained(RuleBase rules, Path file) throws Exception {
        Snapshot snapshot = new FactLoader().load(file).snapshot();
        Evaluation evaluation = new Evaluator(rules).evaluate(snapshot);
        return evaluation.conclusions().stream().map(c -> c + " <= " + evaluation.because(c)).toList();
    }
}
