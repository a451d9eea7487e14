package failwise.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    static final Path THREE = Path.of("src/test/resources/whatif/three-outages-of-different-weight.json");
    static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    @Test
    void onTheSeedTheHomeServerAndThePrimaryCoexistenceServerAreTheFailuresThatBreakFreeBusy() throws Exception {
        SweepResult result = new Sweep(rules, 2).run(FactTreeTest.tree(SEED_UP), 1);
        assertThat(result.scenarios()).isEqualTo(4);
        // Mail1 is in no cluster: with it down nobody can make its users' requests (F9).
        assertThat(result.impacts()).containsExactly(
                new Impact(List.of("Mail1/Acme"), List.of(new OutcomeChange("FreeBusyLookup", "freebusy", "SUCCEEDS", "FAILS"),
                        new OutcomeChange("MailRoute", "mail", "DELIVERED", "HELD"))),
                new Impact(List.of("DominoA/Acme"),
                        List.of(new OutcomeChange("FreeBusyLookup", "freebusy", "SUCCEEDS", "FAILS"))));
        assertThat(result.impacts().get(1).worse()).isEqualTo(1);
    }

    @Test
    void aPairShowsOnlyWhatNeitherOfItsServersBreaksAlone() throws Exception {
        SweepResult result = new Sweep(rules, 2).run(FactTreeTest.tree(SEED_UP), 2);
        assertThat(result.scenarios()).isEqualTo(4 + 6);
        assertThat(result.impacts()).extracting(Impact::downServers)
                .containsExactly(List.of("Mail1/Acme"), List.of("DominoA/Acme"), List.of("DominoA/Acme", "DominoB/Acme"));
        assertThat(result.impacts().get(2).changes())
                .containsExactly(new OutcomeChange("MailRoute", "mail", "DELIVERED", "HELD"));
    }

    @Test
    void aFailoverThatStaysAFailoverIsNoImpact() throws Exception {
        SweepResult result = new Sweep(rules, 3).run(FactTreeTest.tree(FactTreeTest.BUSY), 1);
        // Mail1 down: the open fails over still (to Mail2), but for a down server instead of a BUSY one: no
        // outcome changes. Mail2 down: it goes to Mail3 instead, the outcome stays FAILOVER. So nothing is listed.
        assertThat(result.impacts()).isEmpty();
        // Both mates down: the BUSY original keeps the open (F8), which is a change but not for the worse.
        SweepResult pairs = new Sweep(rules, 1).run(FactTreeTest.tree(FactTreeTest.BUSY), 2);
        assertThat(pairs.impacts()).containsExactly(new Impact(List.of("Mail2/Acme", "Mail3/Acme"),
                List.of(new OutcomeChange("FailoverDecision", "open-mail", "FAILOVER", "SERVED"))));
        assertThat(pairs.impacts().get(0).worse()).isZero();
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfJobs() throws Exception {
        FactTree busy = FactTreeTest.tree(FactTreeTest.BUSY);
        assertThat(new Sweep(rules, 1).run(busy, 2)).isEqualTo(new Sweep(rules, 4).run(busy, 2));
    }

    @Test
    void failuresRankByHowManyOutcomesGetWorseThenByServerName() throws Exception {
        SweepResult result = new Sweep(rules, 2).run(FactTreeTest.tree(THREE), 1);
        assertThat(result.impacts()).extracting(Impact::downServers, Impact::worse).containsExactly(
                tuple(List.of("Hub/Acme"), 2), tuple(List.of("App/Acme"), 1), tuple(List.of("Mail1/Acme"), 1));
        assertThat(result.impacts().get(0).changes()).containsExactly(
                new OutcomeChange("FailoverDecision", "hub-open", "SERVED", "FAILS"),
                new OutcomeChange("FailoverDecision", "hub-search", "SERVED", "FAILS"));
        assertThat(result.impacts().get(2).changes()).containsExactly(
                new OutcomeChange("FailoverDecision", "open-mail", "SERVED", "FAILOVER"));
    }
}
