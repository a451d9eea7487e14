package failwise.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.whatif.SweepResult.Impact;
import failwise.whatif.SweepResult.OutcomeChange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SweepTest {
    static final Path SEED_UP = Path.of(
            "test-facts/coexistence/x1-seed-both-coexistence-servers-up-primary-takes-everything.json");
    static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    @Test
    void onTheSeedThePrimaryCoexistenceServerIsTheOneFailureThatBreaksFreeBusy() throws Exception {
        SweepResult result = new Sweep(rules, 2).run(FactTreeTest.tree(SEED_UP), 1);
        assertThat(result.scenarios()).isEqualTo(4);
        assertThat(result.impacts()).containsExactly(new Impact(List.of("DominoA/Acme"),
                List.of(new OutcomeChange("FreeBusyLookup", "freebusy", "SUCCEEDS", "FAILS"))));
        assertThat(result.impacts().get(0).worse()).isEqualTo(1);
    }

    @Test
    void aPairShowsOnlyWhatNeitherOfItsServersBreaksAlone() throws Exception {
        SweepResult result = new Sweep(rules, 2).run(FactTreeTest.tree(SEED_UP), 2);
        assertThat(result.scenarios()).isEqualTo(4 + 6);
        assertThat(result.impacts()).extracting(Impact::downServers)
                .containsExactly(List.of("DominoA/Acme"), List.of("DominoA/Acme", "DominoB/Acme"));
        assertThat(result.impacts().get(1).changes())
                .containsExactly(new OutcomeChange("MailRoute", "mail", "DELIVERED", "HELD"));
    }

    @Test
    void failoverImpactsRankByHowManyOutcomesGetWorseThenByName() throws Exception {
        SweepResult result = new Sweep(rules, 3).run(FactTreeTest.tree(FactTreeTest.BUSY), 1);
        // Mail1 down: the open fails over still (to Mail2), but for a down server instead of a BUSY one: no
        // outcome changes. Mail2 down: it goes to Mail3 instead, the outcome stays FAILOVER. So nothing is listed.
        assertThat(result.impacts()).isEmpty();
        SweepResult pairs = new Sweep(rules, 1).run(FactTreeTest.tree(FactTreeTest.BUSY), 2);
        assertThat(pairs.impacts()).extracting(Impact::downServers).containsExactly(
                List.of("Mail1/Acme", "Mail2/Acme"), List.of("Mail1/Acme", "Mail3/Acme"),
                List.of("Mail2/Acme", "Mail3/Acme"));
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfJobs() throws Exception {
        FactTree busy = FactTreeTest.tree(FactTreeTest.BUSY);
        assertThat(new Sweep(rules, 1).run(busy, 2)).isEqualTo(new Sweep(rules, 4).run(busy, 2));
    }
}
