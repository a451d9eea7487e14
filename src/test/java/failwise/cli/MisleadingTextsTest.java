package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts that once told a consultant the wrong thing, each pinned to what is true. */
class MisleadingTextsTest {
    /** The seed estate with DominoA down; {@code %A%} and {@code %B%} stand for the rest of each document. */
    private static final String ESTATE = """
            {"servers": [
              {"name": "Mail1/Acme", "tasks": ["router", "calconn"]},
              {"name": "DominoA/Acme", "tasks": ["router", "calconn", "btcal"], "state": "DOWN"},
              {"name": "DominoB/Acme", "tasks": ["router", "calconn", "btcal"]}],
             "foreignDomains": [
              {"id": "A", "domain": "BTEx", "gatewayServer": "DominoA/Acme", "modified": "2024-03-02T09:00:00Z"%A%},
              {"id": "B", "domain": "BTEx", "gatewayServer": "DominoB/Acme", "modified": "2024-03-01T09:00:00Z"%B%}],
             "requests": [
              {"id": "freebusy", "action": "FREE_TIME_LOOKUP", "user": "Jane Doe/Acme", "server": "Mail1/Acme", "foreignDomain": "BTEx"}]}
            """;
    private static final String READERS = ", \"readers\": [\"CN=Mail1/O=Acme\", \"CN=DominoB/O=Acme\"]";
    private static final String ACCESS = ", \"documentAccess\": [\"[NetModifier]\"]";

    @TempDir
    Path dir;

    @Test
    void theSchemaSaysServerRestrictedOneLastsUntilTheNextRestartAndTwoPersists() {
        assertThat(FactFileSchemaTest.bundled()).contains("(1 until the next restart, 2 persistently)")
                .doesNotContain("2 until restart");
    }

    @Test
    void theSchemaListsEveryReasonTheRulesCanGive() throws Exception {
        // The rules are the one source of reason codes: every literal they give a reason-carrying fact.
        Pattern reason = Pattern.compile("new (?:ServedAnyway|NoFailover)\\(\\$\\w+, \"([A-Z_]+)\""
                + "|new FailoverDecision\\([^;]*, \"([A-Z_]+)\"\\)\\);");
        Set<String> given = new TreeSet<>();
        try (Stream<Path> drl = Files.list(Path.of("rules"))) {
            for (Path file : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = reason.matcher(Files.readString(file));
                while (m.find()) {
                    given.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(given).contains("ROUTER_IGNORES_LOAD_LIMITS", "SERVER_TASK_IGNORES_LOAD_LIMITS",
                "NO_AVAILABLE_REPLICA");
        String schema = FactFileSchemaTest.bundled();
        for (String code : given) {
            assertThat(schema).as(code).contains("\"" + code + "\"");
        }
    }

    @Test
    void topLevelHelpListsTheInternalErrorCode() {
        Cli run = Cli.run("--help");
        assertThat(run.out()).contains("70", "a failwise bug");
    }

    @Test
    void theReportCountsInTheSingularAndNeverCallsTheOriginalServerPassedOver() throws Exception {
        // One request, and one warning: DominoB's connector reads both documents.
        Path one = dir.resolve("one-error.json");
        Files.writeString(one, ESTATE.replace("%A%", READERS + ACCESS).replace("%B%", READERS));
        Path html = dir.resolve("one.html");
        Cli run = Cli.run("report", one.toString(), "--html", html.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<b>1</b><span>request</span>", "<b>1</b><span>warning finding</span>")
                .doesNotContainPattern("<b>1</b><span>[a-z ]*(findings|requests)</span>");
        Path failover = dir.resolve("failover.html");
        Cli f1 = Cli.run("report", "test-facts/failover/f1-busy-mail-server-sends-a-mail-open-to-its-cluster-mate.yaml",
                "--html", failover.toString());
        assertThat(f1.code()).as(f1.toString()).isZero();
        assertThat(Files.readString(failover)).doesNotContain("passed over").contains("cannot serve");
    }

    @Test
    void aDocumentWithOnlyDocumentAccessIsNotReadableByEveryServerAndADownServerHasNoIndex() throws Exception {
        Path file = dir.resolve("access-only.json");
        Files.writeString(file, ESTATE.replace("%A%", ACCESS).replace("%B%", READERS));
        Path html = dir.resolve("r.html");
        Cli run = Cli.run("report", file.toString(), "--html", html.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        String page = Files.readString(html);
        assertThat(page).doesNotContain("none: readable by every server")
                .contains("<td class=\"state-DOWN\">DOWN</td><td>none (down)</td>")
                .doesNotContain("<td class=\"state-DOWN\">DOWN</td><td>100</td>");
        Path open = dir.resolve("open.json");
        Files.writeString(open, ESTATE.replace("%A%", "").replace("%B%", READERS));
        Cli openRun = Cli.run("report", open.toString(), "--html", html.toString());
        assertThat(openRun.code()).as(openRun.toString()).isZero();
        assertThat(Files.readString(html)).contains("none: readable by every server");
    }
}
