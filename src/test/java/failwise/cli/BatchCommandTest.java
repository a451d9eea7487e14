package failwise.cli;

import static failwise.cli.Cli.FACTS;
import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BatchCommandTest {
    private static final String GOOD = FACTS + "busy-home-server.json";
    private static final String GOOD_YAML = FACTS + "busy-home-server.yaml";
    private static final String WRONG = FACTS + "expects-the-wrong-outcome.json";
    private static final String MALFORMED = FACTS + "malformed-json.json";
    private static final String PACK = RULES + "/failover.drl";
    /** Fires only the "not BUSY" rule of the test pack: one rule of five. */
    private static final String SERVED = """
            {
              "servers": [ { "name": "Mail1/Acme", "cluster": "Mail", "availabilityIndex": 80 } ],
              "requests": [ { "id": "r1", "action": "OPEN_BOOKMARK", "server": "Mail1/Acme", "database": "x.nsf" } ],
              "expect": [ { "type": "FailoverDecision", "request": "r1", "outcome": "SERVED" } ]
            }
            """;

    @Test
    void aFileWithoutExpectationsIsSaidToCheckNothingAndCountedApart(@TempDir Path dir) throws Exception {
        Path bare = dir.resolve("no-expect.json");
        Files.writeString(bare, SERVED.replace(",\n  \"expect\": [ { \"type\": \"FailoverDecision\", \"request\": \"r1\", "
                + "\"outcome\": \"SERVED\" } ]", ""));
        assertThat(Files.readString(bare)).doesNotContain("expect");
        Cli run = Cli.run("--rules", RULES, "batch", GOOD, bare.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("PASS " + GOOD + "\nUNCHECKED " + bare
                + "\n  no expect block: evaluated, nothing to check\n1 passed, 0 failed, 1 without expectations\n");
    }

    @Test
    void eachFileGetsALineThenTheSummaryLine() {
        Cli run = Cli.run("--rules", RULES, "batch", GOOD, GOOD_YAML);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("PASS " + GOOD + "\nPASS " + GOOD_YAML + "\n2 passed, 0 failed\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFailureShowsTheExpectationThatDidNotHoldBesideTheActualValues() {
        Cli run = Cli.run("--rules", RULES, "batch", WRONG);
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("FAIL " + WRONG + "\n"
                + "  expect FAILED /expect/0: {type=FailoverDecision, request=open-mail, outcome=FAILS} — closest: "
                + "FailoverDecision request=open-mail action=OPEN_BOOKMARK server=Mail1/Acme outcome=FAILOVER "
                + "servedBy=Mail2/Acme causes=[SERVER_BUSY] reason=null\n"
                + "0 passed, 1 failed\n");
    }

    @Test
    void aBrokenFileIsAnErrorLineAndTheOthersAreStillChecked() {
        Cli run = Cli.run("--rules", RULES, "batch", GOOD, MALFORMED, WRONG, GOOD_YAML);
        assertThat(run.code()).as(run.toString()).isEqualTo(4);
        List<String> fileLines = Arrays.stream(run.out().split("\n")).filter(l -> !l.startsWith("  ")).toList();
        assertThat(fileLines).containsExactly("PASS " + GOOD, "ERROR " + MALFORMED, "FAIL " + WRONG,
                "PASS " + GOOD_YAML, "2 passed, 1 failed, 1 errors");
        assertThat(run.out()).containsPattern("ERROR \\Q" + MALFORMED + "\\E\n  \\Q" + MALFORMED
                + "\\E:3:\\d+: syntax: /servers/0: expected .+\n");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void foldersAreSearchedForFactFilesInPathOrderAndEachFileRunsOnce(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.copy(Path.of(GOOD), dir.resolve("b/inner/z.json"));
        Files.copy(Path.of(GOOD_YAML), dir.resolve("b/a.yml"));
        Files.copy(Path.of(GOOD), dir.resolve("a.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a fact file");
        Cli run = Cli.run("--rules", RULES, "batch", dir.resolve("b").toString(), dir.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("PASS " + dir.resolve("b/a.yml") + "\nPASS " + dir.resolve("b/inner/z.json")
                + "\nPASS " + dir.resolve("a.json") + "\n3 passed, 0 failed\n");
    }

    @Test
    void aPathThatDoesNotExistIsAUsageErrorNamingIt() {
        Cli run = Cli.run("--rules", RULES, "batch", GOOD, "no/such/folder");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("`no/such/folder`: expected a fact file or a folder, found nothing there\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderWithoutFactFilesIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "nothing to run");
        Cli run = Cli.run("--rules", RULES, "batch", dir.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("`" + dir + "`: expected .json, .yaml or .yml fact files in this folder, "
                + "found none\n");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(Cli.run("--rules", RULES, "batch", "--jobs", "0", GOOD).code()).isEqualTo(2);
        assertThat(Cli.run("--rules", RULES, "batch", "--min-coverage", "101", GOOD).code()).isEqualTo(2);
        Cli run = Cli.run("--rules", RULES, "batch", "--format", "xml", GOOD);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("expected one of text, json, junit, found `xml`");
    }

    @Test
    void rulesThatDoNotCompileExitThreeAndCheckNothing(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("broken.drl"), "package t\nimport failwise.model.Server\nrule \"Broken\"\n"
                + "when\n  Server( name == \"a\"\nthen\nend\n");
        Cli run = Cli.run("--rules", rules.toString(), "batch", GOOD);
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).startsWith(rules.resolve("broken.drl") + ":6:1: rule-syntax: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRuleThatFailsOnOneFileIsAnErrorLineForThatFileOnly(@TempDir Path rules) throws Exception {
        Files.copy(Path.of(PACK), rules.resolve("failover.drl"));
        Path bomb = rules.resolve("bomb.drl");
        Files.writeString(bomb, "package clitest\nimport failwise.model.Server\n\n"
                + "rule \"Mail3 makes this rule throw\"\nwhen\n  Server( name == \"CN=Mail3/O=Acme\" )\nthen\n"
                + "  throw new IllegalStateException(\"boom\");\nend\n");
        Cli run = Cli.run("--rules", rules.toString(), "batch", GOOD, WRONG);
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).startsWith("ERROR " + GOOD + "\n  " + bomb + ":4:1: rule-failed: rule `Mail3 makes "
                + "this rule throw` failed in its action: boom\nFAIL " + WRONG + "\n").endsWith("0 passed, 1 failed, "
                + "1 errors\n");
    }

    @Test
    void jsonIsOneObjectPerFileThenASummaryObject() throws Exception {
        Cli run = Cli.run("--rules", RULES, "batch", "--format", "json", GOOD, WRONG, MALFORMED);
        assertThat(run.code()).as(run.toString()).isEqualTo(4);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines[0]).get("status").asText()).isEqualTo("PASS");
        JsonNode fail = json.readTree(lines[1]);
        assertThat(fail.get("file").asText()).isEqualTo(WRONG);
        assertThat(fail.get("status").asText()).isEqualTo("FAIL");
        assertThat(fail.get("failed")).hasSize(1);
        assertThat(fail.get("failed").get(0).get("actual").get(0).get("outcome").asText()).isEqualTo("FAILOVER");
        JsonNode error = json.readTree(lines[2]);
        assertThat(error.get("status").asText()).isEqualTo("ERROR");
        assertThat(error.get("problems").get(0).get("line").asInt()).isEqualTo(3);
        JsonNode summary = json.readTree(lines[3]).get("summary");
        assertThat(summary.get("passed").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(1);
        assertThat(summary.get("errors").asInt()).isEqualTo(1);
        assertThat(summary.get("text").asText()).isEqualTo("1 passed, 1 failed, 1 errors");
    }

    @Test
    void junitHasOneTestcasePerExpectationAndAnErrorForAnUnreadableFile() throws Exception {
        Cli run = Cli.run("--rules", RULES, "batch", "--format", "junit", GOOD, WRONG, MALFORMED);
        assertThat(run.code()).as(run.toString()).isEqualTo(4);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(4 + 2 + 1);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("classname")).isEqualTo(WRONG);
        assertThat(((Element) failure.getParentNode()).getAttribute("name"))
                .isEqualTo("/expect/0 {type=FailoverDecision, request=open-mail, outcome=FAILS}");
        assertThat(failure.getAttribute("message")).contains("closest: FailoverDecision request=open-mail");
        Element error = (Element) xml.getElementsByTagName("error").item(0);
        assertThat(((Element) error.getParentNode()).getAttribute("classname")).isEqualTo(MALFORMED);
        assertThat(error.getTextContent()).startsWith(MALFORMED + ":3:");
        Element wrongSuite = (Element) suites.item(1);
        assertThat(wrongSuite.getAttribute("tests")).isEqualTo("2");
        assertThat(wrongSuite.getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void outWritesExactlyWhatStdoutWouldShowAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        for (String format : List.of("text", "json", "junit")) {
            Cli printed = Cli.run("--rules", RULES, "batch", "--format", format, GOOD, WRONG, MALFORMED);
            Path report = dir.resolve("report." + format);
            Files.writeString(report, "an older report, to be replaced");
            Cli written = Cli.run("--rules", RULES, "batch", "--format", format, "--out", report.toString(), GOOD,
                    WRONG, MALFORMED);
            assertThat(written.code()).as(written.toString()).isEqualTo(printed.code());
            assertThat(written.out()).isEmpty();
            assertThat(Files.readString(report)).isEqualTo(printed.out());
            assertThat(written.err()).isEqualTo("wrote " + report + ": 1 passed, 1 failed, 1 errors\n");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.text", "report.json", "report.junit");
        }
    }

    @Test
    void outIntoAFolderThatDoesNotExistIsAUsageError(@TempDir Path dir) {
        Cli run = Cli.run("--rules", RULES, "batch", "--out", dir.resolve("no/such/report.xml").toString(), GOOD);
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("--out `" + dir.resolve("no/such/report.xml") + "`: cannot write there: ");
    }

    @Test
    void coverageListsTheRulesThatFiredInNoFileWithTheirPlace() {
        Cli run = Cli.run("--rules", RULES, "batch", "--coverage", WRONG);
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).endsWith("rules that fired in no file:\n"
                + "  " + PACK + ":55  A request to a server that is not BUSY is served there\n"
                + "  " + PACK + ":65  An action this pack does not know gets a finding\n"
                + "rule coverage: 60% (3 of 5 rules fired)\n"
                + "0 passed, 1 failed\n");
    }

    @Test
    void coverageCountsARuleThatFiredInAnyFile() {
        Cli run = Cli.run("--rules", RULES, "batch", "--coverage", WRONG, GOOD);
        assertThat(run.out()).endsWith("\nrule coverage: 100% (5 of 5 rules fired)\n1 passed, 1 failed\n");
    }

    @Test
    void minCoverageFailsAPassingRunBelowIt(@TempDir Path dir) throws Exception {
        Path served = dir.resolve("served.json");
        Files.writeString(served, SERVED);
        Cli below = Cli.run("--rules", RULES, "batch", "--min-coverage", "50", served.toString());
        assertThat(below.code()).as(below.toString()).isEqualTo(1);
        assertThat(below.out()).endsWith("rule coverage: 20% (1 of 5 rules fired)\n"
                + "rule coverage 20% is below the minimum of 50% set with --min-coverage\n1 passed, 0 failed\n");
        Cli atIt = Cli.run("--rules", RULES, "batch", "--min-coverage", "20", served.toString());
        assertThat(atIt.code()).as(atIt.toString()).isZero();
        Cli json = Cli.run("--rules", RULES, "batch", "--format", "json", "--min-coverage", "50", served.toString());
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.err()).isEqualTo("rule coverage 20% is below the minimum of 50% set with --min-coverage\n");
        JsonNode coverage = new ObjectMapper().readTree(json.out().split("\n")[1]).get("coverage");
        assertThat(coverage.get("percent").asInt()).isEqualTo(20);
        assertThat(coverage.get("minimumMet").asBoolean()).isFalse();
        assertThat(coverage.get("unfired")).hasSize(4);
    }

    @Test
    void helpSaysWhatCoverageCountsAndGivesExamples() {
        Cli run = Cli.run("batch", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("@explain(\"hidden\")").contains("Examples:").contains("--jobs")
                .contains("folder with no fact");
    }
}
