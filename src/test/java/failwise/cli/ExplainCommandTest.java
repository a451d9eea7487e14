package failwise.cli;

import static failwise.cli.Cli.FACTS;
import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
    private static final String GOOD = FACTS + "busy-home-server.json";
    private static final String DRL = Path.of(RULES, "failover.drl").toString();

    @Test
    void theTreeReadsFromTheDecisionDownToTheFactsOfTheFile() {
        Cli run = Cli.run("--rules", RULES, "explain", GOOD, "--request", "open-mail");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(String.join("\n",
                "Request open-mail: OPEN_BOOKMARK on Mail1/Acme for mail/jdoe.nsf, by CN=Jane Doe/O=Acme  (" + GOOD
                        + " /requests/0)",
                "",
                "FailoverDecision open-mail: FAILOVER, served by Mail2/Acme (causes: SERVER_BUSY)",
                "  In short:",
                "    1. availability index 20 is below Server_Availability_Threshold 30 on Mail1/Acme  (T1)",
                "    2. Mail2/Acme is the most available other server of cluster Mail, at index 80  (T2)",
                "    3. open-mail fails over from Mail1/Acme to Mail2/Acme because Mail1/Acme is BUSY  (T3)",
                "  In full:",
                "  └─ open-mail fails over from Mail1/Acme to Mail2/Acme because Mail1/Acme is BUSY  [T3, rule \"A "
                        + "request to a BUSY server fails over to the chosen server\", " + DRL + ":44]",
                "     ├─ Request open-mail: OPEN_BOOKMARK on Mail1/Acme for mail/jdoe.nsf, by CN=Jane Doe/O=Acme  "
                        + "(/requests/0)",
                "     ├─ availability index 20 is below Server_Availability_Threshold 30 on Mail1/Acme  [T1, rule \"A "
                        + "server below its availability threshold is BUSY\", " + DRL + ":20]",
                "     │  ├─ Server Mail1/Acme  (/servers/0)",
                "     │  └─ NOTES.INI Server_Availability_Threshold=30 on Mail1/Acme  "
                        + "(/servers/0/notesIni/Server_Availability_Threshold)",
                "     └─ Mail2/Acme is the most available other server of cluster Mail, at index 80  [T2, rule \"The "
                        + "most available other server of the cluster takes a BUSY server's request\", " + DRL + ":31]",
                "        ├─ Request open-mail: OPEN_BOOKMARK on Mail1/Acme for mail/jdoe.nsf, by CN=Jane Doe/O=Acme  "
                        + "(/requests/0)",
                "        ├─ availability index 20 is below Server_Availability_Threshold 30 on Mail1/Acme  [T1, rule \"A "
                        + "server below its availability threshold is BUSY\", " + DRL + ":20]  (see above)",
                "        ├─ Server Mail1/Acme  (/servers/0)",
                "        └─ Server Mail2/Acme  (/servers/1)",
                "",
                "Documented in:",
                "  T1  test pack: BUSY",
                "  T2  test pack: choice",
                "  T3  test pack: failover",
                ""));
    }

    @Test
    void aFindingAboutTheRequestIsExplainedToo() {
        Cli run = Cli.run("--rules", RULES, "explain", GOOD, "--request", "new-from-template");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\nFinding UNCLASSIFIED_ACTION new-from-template WARNING: no rule says whether "
                + "`CREATE_FROM_TEMPLATE` fails over\n  In short:\n"
                + "    1. no rule of this pack classifies action CREATE_FROM_TEMPLATE  (T5)\n  In full:\n"
                + "  └─ no rule of this pack classifies action CREATE_FROM_TEMPLATE  "
                + "[T5, rule \"An action this pack does not know gets a finding\", " + DRL + ":65]\n"
                + "     └─ Request new-from-template: CREATE_FROM_TEMPLATE on Mail1/Acme  (/requests/2)\n");
    }

    @Test
    void anUnknownRequestIdListsTheRequestsOfTheFileAndExitsTwo() {
        Cli run = Cli.run("--rules", RULES, "explain", GOOD, "--request", "open-mial");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(GOOD + ": no request `open-mial`; requests in this file: open-mail, "
                + "open-on-mail3, new-from-template\n");
    }

    @Test
    void aMissingRequestOptionIsAUsageError() {
        Cli run = Cli.run("--rules", RULES, "explain", GOOD);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--request=ID'");
    }

    @Test
    void aMalformedFileIsReportedNotExplained() {
        Cli run = Cli.run("--rules", RULES, "explain", FACTS + "malformed-json.json", "--request", "x");
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).startsWith(FACTS + "malformed-json.json:3:");
    }

    @Test
    void jsonCarriesTheBecauseTreeOfEachConclusionAboutTheRequest() throws Exception {
        Cli run = Cli.run("--rules", RULES, "explain", GOOD, "--request", "open-mail", "--format", "json");
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("request").asText()).isEqualTo("open-mail");
        assertThat(doc.get("conclusions")).hasSize(1);
        JsonNode because = doc.get("conclusions").get(0).get("because");
        assertThat(because.get("line").asInt()).isEqualTo(44);
        assertThat(because.get("premises").get(0).get("fact").asText()).isEqualTo("Request");
        assertThat(because.get("premises").get(0).get("at").asText()).isEqualTo("/requests/0");
        assertThat(because.get("premises").get(1).get("fact").asText()).isEqualTo("Busy");
        // The same short account and documentation as the text, from the one explanation model.
        Cli text = Cli.run("--rules", RULES, "explain", GOOD, "--request", "open-mail");
        JsonNode inShort = doc.get("conclusions").get(0).get("inShort");
        assertThat(inShort).isNotEmpty();
        for (JsonNode step : inShort) {
            assertThat(text.out()).contains(". " + step.get("says").asText()
                    + (step.get("behaviour").isNull() ? "" : "  (" + step.get("behaviour").asText() + ")") + "\n");
        }
        doc.get("conclusions").get(0).get("documentedIn").fields().forEachRemaining(e ->
                assertThat(text.out()).contains("  " + e.getKey() + "  " + e.getValue().asText() + "\n"));
    }

    @Test
    void aStepMarkedHiddenIsFoldedIntoTheStepsItLeadsTo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pack.drl"), String.join("\n",
                "package foldtest",
                "import failwise.model.Request",
                "import failwise.model.Finding",
                "declare Aimed",
                "    request : String @key",
                "end",
                "rule \"A request is aimed somewhere\"",
                "    @behaviour(\"T9\") @explain(\"hidden\") @says(\"request {$id} is aimed\")",
                "when",
                "    Request( $id : id )",
                "then",
                "    insertLogical(new Aimed($id));",
                "end",
                "rule \"An aimed request gets a finding\"",
                "    @behaviour(\"T8\") @doc(\"test pack: folding\") @says(\"request {$id} was noticed\")",
                "when",
                "    Aimed( $id : request )",
                "then",
                "    insertLogical(new Finding(\"NOTICED\", $id, \"INFO\", \"noticed\"));",
                "end",
                ""));
        Cli run = Cli.run("--rules", dir.toString(), "explain", GOOD, "--request", "open-mail");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("is aimed").contains(String.join("\n",
                "  In short:",
                "    1. request open-mail was noticed  (T8)",
                "  In full:",
                "  └─ request open-mail was noticed  [T8, rule \"An aimed request gets a finding\", "
                        + dir.resolve("pack.drl") + ":14]",
                "     └─ Request open-mail: OPEN_BOOKMARK on Mail1/Acme for mail/jdoe.nsf, by CN=Jane Doe/O=Acme  "
                        + "(/requests/0)",
                "",
                "Documented in:",
                "  T8  test pack: folding",
                ""));
    }
}
