package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhyNotCommandTest {
    private static final String M1 = "test-facts/routing/m1-mail-cluster-failover-zero-keeps-mail-in-mail-box.json";
    private static final String BUSY = "test-facts/failover/f1-busy-home-server-redirects-to-most-available.json";
    private static final String NOTHING =
            "src/test/resources/whatif/mail-server-reads-no-document-and-both-coexistence-servers-are-down.json";

    @Test
    void aFailedDecisionIsFollowedByWhyNotWithoutAsking() {
        Cli run = Cli.run("--rules", "rules", "explain", M1, "--request", "deliver");
        assertThat(run.code()).as(run.toString()).isZero();
        Snapshots.check("explain-m1-deliver", run.out());
    }

    @Test
    void theJsonExplanationCarriesTheSameWhyNot() throws Exception {
        Cli run = Cli.run("--rules", "rules", "explain", M1, "--request", "deliver", "--format", "json");
        assertThat(run.code()).as(run.toString()).isZero();
        var whyNot = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("whyNot");
        assertThat(whyNot).hasSize(1);
        assertThat(whyNot.get(0).get("outcome").asText()).isEqualTo("FAILS");
        assertThat(whyNot.get(0).get("obstacles").get(1).get("says").asText())
                .isEqualTo("MailClusterFailover is 0 on Relay/Acme; router failover needs it absent or 1");
        assertThat(whyNot.get(0).get("obstacles").get(1).get("file").asText()).isEqualTo("rules/81-why-not-failover.drl");
        var first = whyNot.get(0).get("remedies").get(0);
        assertThat(first.get("set").get(0).asText()).isEqualTo("!Relay/Acme.notesIni.MailClusterFailover");
        assertThat(first.get("outcome").asText()).isEqualTo("FAILOVER");

        Cli failover = Cli.run("--rules", "rules", "explain", BUSY, "--request", "open-mail", "--format", "json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(failover.out()).get("whyNot")).isEmpty();
    }

    @Test
    void aFailoverGetsWhyNotOnlyWhenAsked() {
        Cli plain = Cli.run("--rules", "rules", "explain", BUSY, "--request", "open-mail");
        assertThat(plain.out()).doesNotContain("Why not");
        Cli asked = Cli.run("--rules", "rules", "explain", BUSY, "--request", "open-mail", "--why-not");
        assertThat(asked.code()).as(asked.toString()).isZero();
        assertThat(asked.out()).contains("Why not another outcome than FAILOVER for FailoverDecision open-mail:");
        Snapshots.check("explain-f1-open-mail-why-not", asked.out());
    }

    @Test
    void whenNothingVerifiedFlipsTheOutcomeItSaysSo() {
        Cli run = Cli.run("--rules", "rules", "explain", NOTHING, "--request", "freebusy");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("  No verified change: the rules propose 2, and none flips the outcome alone "
                + "or with one other (3 evaluations).\n");
    }

    @Test
    void aRequestWithoutAnOutcomeSaysThereIsNothingToChange() {
        Cli run = Cli.run("--rules", Cli.RULES, "explain", Cli.FACTS + "busy-home-server.json", "--request",
                "new-from-template", "--why-not");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\nWhy not: request new-from-template has no outcome to change (no failover "
                + "decision, mail route or free/busy lookup)\n");
    }
}
