package failwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import failwise.facts.FactLoader;
import failwise.model.InputFact;
import failwise.model.Server;
import failwise.model.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveSessionTest {
    static final Path THREE = Path.of("src/test/resources/whatif/three-outages-of-different-weight.json");
    static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    private static List<List<Replacement>> eachServerDown(Snapshot base) {
        List<List<Replacement>> out = new ArrayList<>();
        for (InputFact f : base.facts()) {
            if (f instanceof Server s && !"DOWN".equals(s.state())) {
                out.add(List.of(new Replacement(s, new Server(s.name(), s.cluster(), "DOWN", s.availabilityIndex(),
                        s.activeUsers(), s.routerClusterFailover(), s.tasks(), s.pointer()))));
            }
        }
        return out;
    }

    @Test
    void theProvenanceForgetsWhatForksRetractedSoItStaysTheSizeOfWorkingMemory() throws Exception {
        Snapshot base = new FactLoader().load(THREE).snapshot();
        try (LiveSession live = LiveSession.open(rules, base, Evaluator.Detail.EXPLAINED, 0)) {
            int before = live.remembered();
            assertThat(before).isPositive();
            List<List<Replacement>> forks = eachServerDown(base);
            assertThat(forks).isNotEmpty();
            for (int round = 0; round < 50; round++) {
                for (List<Replacement> fork : forks) {
                    live.fork(fork).close();
                }
            }
            assertThat(live.remembered()).isEqualTo(before);
        }
    }

    @Test
    void aForkReportsWhatChangedAndItsClosingGivesTheConclusionsBack() throws Exception {
        Snapshot base = new FactLoader().load(THREE).snapshot();
        try (LiveSession live = LiveSession.open(rules, base, Evaluator.Detail.RULES, 0)) {
            var original = live.conclusions();
            boolean someChange = false;
            List<List<Replacement>> forks = eachServerDown(base);
            for (int i = 0; i < forks.size(); i++) {
                List<Replacement> fork = forks.get(i);
                try (LiveSession.Fork f = live.fork(fork)) {
                    someChange |= !f.added().isEmpty();
                    assertThat(f.conclusions()).containsAll(f.added()).noneMatch(f.removed()::contains);
                    // The facts it replaced are no longer held: the same change again is refused, nothing fired.
                    assertThatThrownBy(() -> live.fork(fork)).isInstanceOf(IllegalArgumentException.class);
                    try (LiveSession.Fork nested = live.fork(forks.get((i + 1) % forks.size()))) {
                        assertThat(nested.conclusions()).isNotNull();
                        assertThatThrownBy(f::conclusions).isInstanceOf(IllegalStateException.class);
                        assertThatThrownBy(f::close).isInstanceOf(IllegalStateException.class);
                    }
                    assertThat(f.conclusions()).containsAll(f.added());
                }
                assertThat(live.conclusions()).isEqualTo(original);
            }
            assertThat(someChange).isTrue();
        }
    }

    @Test
    void movingToAChangedFileGivesWhatAFreshEvaluationGives() throws Exception {
        Snapshot base = new FactLoader().load(THREE).snapshot();
        Snapshot changed = Replacement.applied(base, eachServerDown(base).get(0));
        try (LiveSession live = LiveSession.open(rules, base, Evaluator.Detail.RULES, 0)) {
            Evaluation moved = live.moveTo(changed);
            assertThat(moved.conclusions()).isEqualTo(new Evaluator(rules).evaluate(changed, false, 0).conclusions());
            assertThat(live.snapshot()).isSameAs(changed);
        }
    }
}
