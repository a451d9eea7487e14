package failwise.verify;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.model.Conclusion;
import failwise.model.DocumentVisibility;
import failwise.model.Expectation;
import failwise.model.FailoverDecision;
import failwise.model.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectationCheckTest {
    private static final FailoverDecision FAILOVER = new FailoverDecision("r1", "OPEN_DATABASE", "CN=Mail1/O=Acme",
            "FAILOVER", "CN=Mail2/O=Acme", List.of("SERVER_BUSY", "MAX_USERS_REACHED"), null);
    private static final FailoverDecision SERVED = new FailoverDecision("r2", "OPEN_DATABASE", "CN=Mail1/O=Acme",
            "SERVED", "CN=Mail1/O=Acme", List.of(), null);
    private static final Finding FINDING = new Finding("UNCLASSIFIED_ACTION", "r3", "WARNING", "no rule knows it");
    private static final List<Conclusion> ALL = List.of(FAILOVER, SERVED, FINDING);

    private static Expectation expect(Object... keyValues) {
        Map<String, Object> fields = new HashMap<>();
        boolean absent = false;
        boolean only = false;
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i].equals("absent")) {
                absent = (Boolean) keyValues[i + 1];
            } else if (keyValues[i].equals("only")) {
                only = (Boolean) keyValues[i + 1];
            } else {
                fields.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return new Expectation(fields, absent, only, "/expect/0");
    }

    private static ExpectationResult check(Expectation e) {
        return ExpectationCheck.check(List.of(e), ALL).get(0);
    }

    @Test
    void subsetOfFieldsMatchesAndNamesCompareCanonically() {
        assertThat(check(expect("type", "FailoverDecision", "request", "r1", "servedBy", "mail2/acme")).met()).isTrue();
        assertThat(check(expect("type", "FailoverDecision", "request", "r1", "servedBy", "Mail3/Acme")).met()).isFalse();
    }

    @Test
    void arraysAreMultisetsInAnyOrderButNotSubsets() {
        assertThat(check(expect("request", "r1", "causes", List.of("MAX_USERS_REACHED", "SERVER_BUSY"))).met()).isTrue();
        assertThat(check(expect("request", "r1", "causes", List.of("SERVER_BUSY"))).met()).isFalse();
        assertThat(check(expect("request", "r2", "causes", List.of())).met()).isTrue();
    }

    @Test
    void numbersCompareNumericallyAndBooleansExactly() {
        DocumentVisibility visible = new DocumentVisibility("fdA", "CN=DominoB/O=Acme", true, List.of());
        Expectation yes = expect("type", "DocumentVisibility", "document", "fdA", "visible", true);
        Expectation no = expect("type", "DocumentVisibility", "document", "fdA", "visible", false);
        assertThat(ExpectationCheck.check(List.of(yes, no), List.of(visible)))
                .extracting(ExpectationResult::met).containsExactly(true, false);
        assertThat(ExpectationCheck.valueEquals(30, 30.0)).isTrue();
        assertThat(ExpectationCheck.valueEquals(30L, 31)).isFalse();
        assertThat(ExpectationCheck.valueEquals("30", 30)).isFalse();
    }

    @Test
    void nullMeansTheConclusionHasNoValue() {
        // Expectation's Map.copyOf cannot hold a null, so this is checked on the comparison itself.
        assertThat(ExpectationCheck.valueEquals(null, null)).isTrue();
        assertThat(ExpectationCheck.valueEquals(null, "CN=Mail2/O=Acme")).isFalse();
        assertThat(ExpectationCheck.valueEquals("none", null)).isFalse();
    }

    @Test
    void aKeyTheConclusionDoesNotHaveNeverMatches() {
        assertThat(check(expect("type", "FailoverDecision", "request", "r1", "servdBy", "Mail2/Acme")).met()).isFalse();
    }

    @Test
    void absentIsMetOnlyWhenNothingMatchesAndOtherwiseNamesTheOffenders() {
        assertThat(check(expect("type", "Finding", "subject", "r1", "absent", true)).met()).isTrue();
        ExpectationResult offended = check(expect("type", "Finding", "code", "UNCLASSIFIED_ACTION", "absent", true));
        assertThat(offended.met()).isFalse();
        assertThat(offended.closest()).containsExactly(FINDING);
    }

    @Test
    void aFailureShowsTheConclusionsOfThatTypeAndSubject() {
        ExpectationResult r = check(expect("type", "FailoverDecision", "request", "r1", "outcome", "FAILS"));
        assertThat(r.met()).isFalse();
        assertThat(r.closest()).containsExactly(FAILOVER);
        assertThat(ExpectationText.failure(r, Map.of("CN=Mail1/O=Acme", "Mail1/Acme", "CN=Mail2/O=Acme", "Mail2/Acme")))
                .isEqualTo("expect FAILED /expect/0: {type=FailoverDecision, request=r1, outcome=FAILS} — closest: "
                        + "FailoverDecision request=r1 action=OPEN_DATABASE server=Mail1/Acme outcome=FAILOVER "
                        + "servedBy=Mail2/Acme causes=[MAX_USERS_REACHED, SERVER_BUSY] reason=null");
    }

    @Test
    void aFailureWithNothingOfThatSubjectSaysSo() {
        ExpectationResult r = check(expect("type", "MailRoute", "request", "r1", "outcome", "DELIVERED"));
        assertThat(r.closest()).isEmpty();
        assertThat(ExpectationText.failure(r, Map.of())).isEqualTo(
                "expect FAILED /expect/0: {type=MailRoute, request=r1, outcome=DELIVERED} — no MailRoute about "
                        + "that subject at all");
    }

    @Test
    void onlyIsMetWhenEveryConclusionOfItsScopeIsListed() {
        List<Expectation> listed = List.of(expect("type", "FailoverDecision", "request", "r1"),
                expect("type", "FailoverDecision", "request", "r2", "outcome", "SERVED"),
                expect("type", "FailoverDecision", "only", true));
        assertThat(ExpectationCheck.check(listed, ALL)).allMatch(ExpectationResult::met);
    }

    @Test
    void onlyNamesAConclusionNoEntryLists() {
        List<Expectation> listed = List.of(expect("type", "FailoverDecision", "request", "r1"),
                expect("type", "FailoverDecision", "only", true));
        ExpectationResult r = ExpectationCheck.check(listed, ALL).get(1);
        assertThat(r.met()).isFalse();
        assertThat(r.closest()).containsExactly(SERVED);
        assertThat(ExpectationText.failure(r, Map.of())).startsWith(
                "expect FAILED /expect/0: only {type=FailoverDecision} — not listed: FailoverDecision request=r2");
    }

    @Test
    void onlyPairsEachConclusionWithADifferentEntrySoADuplicateFails() {
        List<Conclusion> twice = List.of(FAILOVER, SERVED, SERVED);
        List<Expectation> listed = List.of(expect("type", "FailoverDecision", "outcome", "SERVED"),
                expect("type", "FailoverDecision"), expect("type", "FailoverDecision", "only", true));
        // FAILOVER can only pair with the unspecific entry, so the two SERVED need two entries of their own.
        ExpectationResult r = ExpectationCheck.check(listed, twice).get(2);
        assertThat(r.met()).isFalse();
        assertThat(r.closest()).hasSize(1);
        assertThat(ExpectationCheck.check(listed, List.of(FAILOVER, SERVED)).get(2).met()).isTrue();
    }

    @Test
    void onlyLeavesOtherScopesAlone() {
        List<Expectation> listed = List.of(expect("type", "FailoverDecision", "request", "r1", "only", true),
                expect("type", "FailoverDecision", "request", "r1"));
        assertThat(ExpectationCheck.check(listed, ALL).get(0).met()).isTrue();
    }
}
