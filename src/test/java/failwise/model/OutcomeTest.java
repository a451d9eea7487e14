package failwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.whatif.Outcomes;
import org.junit.jupiter.api.Test;

/** One definition of how good each outcome is and which need a why-not, unknown words included. */
class OutcomeTest {
    @Test
    void everyOutcomeOfTheContractHasItsVerdict() {
        assertThat(Outcome.verdict("SERVED")).isEqualTo(Outcome.Verdict.GOOD);
        assertThat(Outcome.verdict("DELIVERED")).isEqualTo(Outcome.Verdict.GOOD);
        assertThat(Outcome.verdict("SUCCEEDS")).isEqualTo(Outcome.Verdict.GOOD);
        assertThat(Outcome.verdict("FAILOVER")).isEqualTo(Outcome.Verdict.DEGRADED);
        assertThat(Outcome.verdict("FAILS")).isEqualTo(Outcome.Verdict.BAD);
        assertThat(Outcome.verdict("HELD")).isEqualTo(Outcome.Verdict.BAD);
    }

    @Test
    void anUnknownOutcomeOrNoneIsBadAndCallsForAWhyNotEverywhere() {
        for (String word : new String[] {"QUEUED", null}) {
            assertThat(Outcome.verdict(word)).as(word).isEqualTo(Outcome.Verdict.BAD);
            assertThat(Outcome.needsWhyNot(word)).as(word).isTrue();
            assertThat(Outcomes.failed(word)).as(word).isTrue();
            assertThat(Outcomes.worse("SERVED", word)).as(word).isTrue();
        }
    }

    @Test
    void theBestFailoverAndTheWantedSuccessesNeedNoWhyNotButAKeptServerDoes() {
        assertThat(Outcome.needsWhyNot("FAILOVER")).isFalse();
        assertThat(Outcome.needsWhyNot("DELIVERED")).isFalse();
        assertThat(Outcome.needsWhyNot("SUCCEEDS")).isFalse();
        assertThat(Outcome.needsWhyNot("SERVED")).isTrue();
        assertThat(Outcome.needsWhyNot("HELD")).isTrue();
        assertThat(Outcomes.worse("SERVED", "FAILOVER")).isTrue();
        assertThat(Outcomes.worse("FAILOVER", "SERVED")).isFalse();
    }
}
