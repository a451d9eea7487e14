package failwise.cli;

import static failwise.cli.Cli.FACTS;
import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final String GOOD = FACTS + "busy-home-server.json";
    private static final String SEED_ROW_4 = "test-facts/coexistence/x6-seed-document-access-defeats-readers-fix.json";

    @Test
    void aGoodFilePrintsEachConclusionWithItsRuleAndTheExpectationsMet() {
        Cli run = Cli.run("--rules", RULES, "evaluate", GOOD);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        Snapshots.check("evaluate-busy-home-server", run.out());
    }

    @Test
    void aFailedExpectationIsShownBesideTheActualConclusionAndExitsOne() {
        Cli run = Cli.run("--rules", RULES, "evaluate", FACTS + "expects-the-wrong-outcome.json");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("  expect FAILED /expect/0: {type=FailoverDecision, request=open-mail, "
                        + "outcome=FAILS} — closest: FailoverDecision request=open-mail action=OPEN_BOOKMARK "
                        + "server=Mail1/Acme outcome=FAILOVER servedBy=Mail2/Acme causes=[SERVER_BUSY] reason=null\n")
                .contains("  expect: 1 met, 1 FAILED\n")
                .doesNotContain("/expect/1");
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheGoodOneIsStillEvaluated() {
        Cli run = Cli.run("--rules", RULES, "evaluate", FACTS + "no-such-file.json", FACTS + "malformed-json.json",
                GOOD);
        assertThat(run.code()).as(run.toString()).isEqualTo(4);
        String[] errors = run.err().split("\n");
        assertThat(errors).hasSize(2);
        assertThat(errors[0]).startsWith(FACTS + "no-such-file.json: ");
        assertThat(errors[1]).matches("\\Q" + FACTS + "malformed-json.json\\E:3:\\d+: .+");
        assertThat(run.out()).startsWith(GOOD + "  Busy home server").contains("  expect: 4 met");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void rulesThatDoNotCompileArePrintedWithTheirPlaceAndNothingIsEvaluated(@TempDir Path rules) throws Exception {
        Path broken = rules.resolve("broken.drl");
        Files.writeString(broken, "package t\nimport failwise.model.Server\nrule \"Broken\"\nwhen\n"
                + "  Server( name == \"a\"\nthen\nend\n");
        Cli run = Cli.run("evaluate", "--rules", rules.toString(), GOOD);
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(broken + ":6:1: rule-syntax: mismatched input 'then' in rule \"Broken\"\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRuleThatFailsOnOneFileIsReportedAndTheOtherFilesAreStillEvaluated(@TempDir Path rules) throws Exception {
        Files.copy(Path.of(RULES, "failover.drl"), rules.resolve("failover.drl"));
        Path bomb = rules.resolve("bomb.drl");
        Files.writeString(bomb, "package clitest\nimport failwise.model.Server\n\n"
                + "rule \"Mail3 makes this rule throw\"\nwhen\n  Server( name == \"CN=Mail3/O=Acme\" )\nthen\n"
                + "  throw new IllegalStateException(\"boom\");\nend\n");
        Cli run = Cli.run("--rules", rules.toString(), "evaluate", GOOD, FACTS + "expects-the-wrong-outcome.json");
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(bomb + ":4:1: rule-failed: rule `Mail3 makes this rule throw` failed in "
                + "its action: boom\n");
        assertThat(run.out()).startsWith(FACTS + "expects-the-wrong-outcome.json  ").contains("expect: 1 met, 1 FAILED");
    }

    @Test
    void aMissingRulesFolderIsAUsageError() {
        Cli run = Cli.run("--rules", "no/such/rules", "evaluate", GOOD);
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("--rules no/such/rules: expected a folder of .drl rule files, found nothing\n");
    }

    @Test
    void jsonIsOneDocumentPerFileWithRuleAndBecauseDownToTheFileFacts() throws Exception {
        Cli run = Cli.run("--rules", RULES, "evaluate", "--format", "json", GOOD, FACTS + "busy-home-server.yaml");
        assertThat(run.code()).as(run.toString()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode doc = new ObjectMapper().readTree(lines[0]);
        assertThat(doc.get("source").asText()).isEqualTo(GOOD);
        JsonNode decision = doc.get("conclusions").get(0);
        assertThat(decision.get("type").asText()).isEqualTo("FailoverDecision");
        assertThat(decision.get("servedBy").asText()).isEqualTo("Mail2/Acme");
        assertThat(decision.get("causes").get(0).asText()).isEqualTo("SERVER_BUSY");
        assertThat(decision.get("rule").asText()).isEqualTo("A request to a BUSY server fails over to the chosen server");
        JsonNode because = decision.get("because");
        assertThat(because.get("behaviour").asText()).isEqualTo("T3");
        assertThat(because.get("says").asText()).isEqualTo("open-mail fails over from Mail1/Acme to Mail2/Acme because "
                + "Mail1/Acme is BUSY");
        assertThat(because.get("file").asText()).endsWith("failover.drl");
        assertThat(because.toString()).contains("\"fact\":\"IniSetting\",\"at\":\"/servers/0/notesIni/"
                + "Server_Availability_Threshold\"");
        assertThat(doc.get("expectations")).hasSize(4).allMatch(e -> e.get("met").asBoolean());
        assertThat(doc.get("problems")).isEmpty();
        assertThat(new ObjectMapper().readTree(lines[1]).get("conclusions").get(0).get("outcome").asText())
                .isEqualTo("FAILOVER");
    }

    @Test
    void explainAddsTheTreeUnderEachConclusion() {
        Cli run = Cli.run("--rules", RULES, "evaluate", "--explain", FACTS + "busy-home-server.yaml");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\n      └─ open-mail fails over from Mail1/Acme to Mail2/Acme because Mail1/Acme "
                + "is BUSY  [T3, rule \"A request to a BUSY server fails over to the chosen server\", ");
    }

    @Test
    void conclusionsAreGroupedByRequestThenTheTopologyWithOneLinePerDocument() {
        Cli run = Cli.run("evaluate", SEED_ROW_4);
        assertThat(run.code()).as(run.toString()).isZero();
        Snapshots.check("evaluate-seed-row-4", run.out());
        List<String> lines = run.out().lines().toList();
        int freebusy = lines.indexOf(lines.stream().filter(l -> l.startsWith("  Request freebusy: ")).findFirst().orElseThrow());
        assertThat(lines.get(freebusy + 1)).startsWith("    ConsoleMessage DominoB/Acme (request freebusy): Warning");
        assertThat(lines).filteredOn(l -> l.startsWith("    DocumentVisibility ")).hasSize(2)
                .allMatch(l -> l.contains(": read by: ") && l.contains("; hidden from: "));
        assertThat(lines.indexOf("  Topology:")).isGreaterThan(freebusy);
    }

    @Test
    void requestAloneLeavesOutTheTopologyConclusions() {
        // A topology conclusion (a document's visibility, a finding about a server) is about no request.
        Cli run = Cli.run("evaluate", SEED_ROW_4, "--request", "freebusy");
        assertThat(run.code()).as(run.toString()).isZero();
        List<String> shown = run.out().lines().filter(l -> l.startsWith("    ")).toList();
        assertThat(shown).isNotEmpty().noneMatch(l -> l.startsWith("    DocumentVisibility ")
                || l.startsWith("    MailRoute ") || l.startsWith("    Finding "));
        assertThat(shown).anyMatch(l -> l.startsWith("    FreeBusyLookup freebusy: "));
        assertThat(run.out()).doesNotContain("Topology:");
    }

    @Test
    void requestAndTypeNarrowTheTextAndTheJsonButExpectationsAreStillChecked() throws Exception {
        Cli run = Cli.run("evaluate", SEED_ROW_4, "--request", "freebusy", "--type", "ConsoleMessage");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("    ")).toList()).hasSize(2)
                .allMatch(l -> l.startsWith("    ConsoleMessage ") && l.contains("(request freebusy)"));
        assertThat(run.out()).contains("  expect: 13 met");

        Cli perServer = Cli.run("evaluate", SEED_ROW_4, "--type", "DocumentVisibility");
        assertThat(perServer.out().lines().filter(l -> l.startsWith("    DocumentVisibility ")).count()).isEqualTo(8);

        Cli json = Cli.run("evaluate", SEED_ROW_4, "--format", "json", "--type", "FreeBusyLookup", "--type",
                "MailRoute");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("conclusions")).hasSize(2);
        assertThat(doc.get("conclusions")).extracting(c -> c.get("type").asText())
                .containsExactly("FreeBusyLookup", "MailRoute");
        assertThat(doc.get("expectations")).hasSize(13);
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheChoices() {
        Cli run = Cli.run("--rules", RULES, "evaluate", "--format", "xml", GOOD);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("expected text or json, found `xml`");
    }
}
