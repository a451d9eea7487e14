package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WhatIfCommandTest {
    private static final String M1 = "test-facts/routing/m1-mail-cluster-failover-zero-keeps-mail-in-mail-box.json";
    private static final String SEED =
            "test-facts/coexistence/x1-seed-both-coexistence-servers-up-primary-takes-everything.json";

    @Test
    void evaluateSetPrintsOnlyWhatTheChangeChangesOldToNew() {
        Cli run = Cli.run("--rules", "rules", "evaluate", M1, "--set", "Relay/Acme.notesIni.MailClusterFailover=1");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(String.join("\n",
                M1 + "  with Relay/Acme.notesIni.MailClusterFailover=1",
                "  changed  FailoverDecision deliver: outcome FAILS → FAILOVER, servedBy none → Mail2/Acme, reason "
                        + "MAIL_CLUSTER_FAILOVER_DISABLED → none",
                "  1 changed, 0 added, 0 removed", ""));
    }

    @Test
    void takingThePrimaryDownShowsAddedRemovedAndChangedConclusions() {
        Cli run = Cli.run("--rules", "rules", "evaluate", SEED, "--set", "DominoA/Acme.state=DOWN");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ConsoleMessage DominoB/Acme (request freebusy): ");
        Snapshots.check("whatif-seed-primary-down", run.out());
    }

    @Test
    void documentVisibilityChangesNameTheServerAsTheFileWroteIt() {
        Cli run = Cli.run("--rules", "rules", "evaluate",
                "test-facts/coexistence/x6-seed-document-access-defeats-readers-fix.json", "--set", "fd:A.documentAccess=[]");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("  changed  DocumentVisibility A DominoB/Acme: visible true → false")
                .doesNotContain("DocumentVisibility A CN=");
    }

    @Test
    void aChangeThatChangesNothingSaysSo() {
        Cli run = Cli.run("--rules", "rules", "evaluate", SEED, "--set", "Mail2/Acme.availabilityIndex=50");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(SEED + "  with Mail2/Acme.availabilityIndex=50\n  no conclusion changes\n");
    }

    @Test
    void jsonGivesEachDifferenceWithItsFieldsBeforeAndAfter() throws Exception {
        Cli run = Cli.run("--rules", "rules", "evaluate", "--format", "json", M1, "--set",
                "!Relay/Acme.notesIni.MailClusterFailover");
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("changes").get(0).asText()).isEqualTo("!Relay/Acme.notesIni.MailClusterFailover");
        JsonNode d = doc.get("differences").get(0);
        assertThat(d.get("kind").asText()).isEqualTo("changed");
        assertThat(d.get("fields").get(0).toString()).isEqualTo("{\"field\":\"outcome\",\"before\":\"FAILS\","
                + "\"after\":\"FAILOVER\"}");
        assertThat(d.get("after").get("servedBy").asText()).isEqualTo("Mail2/Acme");
    }

    @Test
    void aMistakeInAChangeIsOneLineAndExitsTwo() {
        Cli run = Cli.run("--rules", "rules", "evaluate", M1, "--set", "Relay/Acme.stat=DOWN");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("--set 'Relay/Acme.stat=DOWN': expected a server field (state, "
                + "availabilityIndex, activeUsers, cluster, routerClusterFailover, tasks, notesIni) after `Relay/Acme`, "
                + "found `stat`\n");
        Cli unknown = Cli.run("--rules", "rules", "evaluate", M1, "--set", "Relay2/Acme.state=DOWN");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("--set 'Relay2/Acme.state=DOWN': expected a server of " + M1
                + " (Mail1/Acme, Mail2/Acme, Relay/Acme), found `Relay2/Acme`\n");
    }

    @Test
    void aValueTheFactsRefuseIsLocatedInTheFileAndNamesTheChange() {
        Cli run = Cli.run("--rules", "rules", "evaluate", M1, "--set", "Relay/Acme.state=DWN");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(M1 + ": unknown-value: /servers/2/state: expected one of `UP`, `DOWN`, "
                + "`UNREACHABLE`, found `DWN` (after --set 'Relay/Acme.state=DWN')\n");
    }

    @Test
    void aChangedValueIsHeldToTheLimitsOfAFactFile() {
        String longText = "x".repeat(100_000);
        Cli value = Cli.run("--rules", "rules", "evaluate", M1, "--set", "Relay/Acme.cluster=" + longText);
        Cli key = Cli.run("--rules", "rules", "evaluate", M1, "--set", "Relay/Acme.notesIni." + "k".repeat(70_000) + "=1");

        assertThat(value.code()).as(value.toString()).isEqualTo(2);
        assertThat(value.err()).startsWith(M1 + ": limit: /servers/2/cluster: expected a string of at most 65536 "
                + "characters, found 100000 characters (after --set 'Relay/Acme.cluster=xxx");
        assertThat(value.err().lines()).hasSize(1);
        assertThat(key.code()).as(key.toString()).isEqualTo(2);
        assertThat(key.err()).startsWith(M1 + ": limit: /servers/2/notesIni: expected a key of at most 65536 "
                + "characters, found 70000 characters (after --set 'Relay/Acme.notesIni.kkk");
        assertThat(key.err().lines()).hasSize(1);
    }

    @Test
    void aChangedCopysProblemNamesTheChangeItCameFrom() {
        Cli run = Cli.run("--rules", "rules", "evaluate", M1, "--set", "Mail1/Acme.state=DOWN",
                "--set", "Relay/Acme.state=DWN", "--set", "Mail2/Acme.availabilityIndex=50");

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(M1 + ": unknown-value: /servers/2/state: expected one of `UP`, `DOWN`, "
                + "`UNREACHABLE`, found `DWN` (after --set 'Relay/Acme.state=DWN')\n");
    }

    @Test
    void aChangeHoldingALineBreakIsStillOneLine() {
        Cli run = Cli.run("--rules", "rules", "evaluate", M1, "--set", "Relay/Acme.stat\nFAIL forged=DOWN");

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("--set 'Relay/Acme.stat\\nFAIL forged=DOWN': ");
        assertThat(run.err().lines()).hasSize(1);
    }
}
