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
    private static final String SEED = "test-facts/coexistence/x6-seed-document-access-defeats-readers-fix.json";

    @TempDir
    Path dir;

    @Test
    void theSchemaSaysServerRestrictedOneLastsUntilTheNextRestartAndTwoPersists() {
        assertThat(SchemaCommand.text()).contains("(1 until the next restart, 2 persistently)")
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
        String schema = SchemaCommand.text();
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
        // Document B without its DocumentAccess item: only A's is reported, one ERROR finding.
        String seed = Files.readString(Path.of(SEED));
        int b = seed.indexOf("{\"id\": \"B\"");
        Path one = dir.resolve("one-error.json");
        Files.writeString(one, seed.substring(0, b)
                + seed.substring(b).replaceFirst(", \"documentAccess\": \\[\"\\[NetModifier]\"]", ""));
        Path html = dir.resolve("one.html");
        Cli run = Cli.run("report", one.toString(), "--html", html.toString());
        assertThat(run.code()).as(run.toString()).isIn(0, 1);
        String page = Files.readString(html);
        assertThat(page).contains("<b>1</b><span>error finding</span>").doesNotContain("<b>1</b><span>error findings</span>");
        Path failover = dir.resolve("failover.html");
        Cli f1 = Cli.run("report", "test-facts/failover/f1-busy-mail-server-sends-a-mail-open-to-its-cluster-mate.yaml",
                "--html", failover.toString());
        assertThat(f1.code()).as(f1.toString()).isZero();
        assertThat(Files.readString(failover)).doesNotContain("passed over").contains("cannot serve");
    }

    @Test
    void aDocumentWithOnlyDocumentAccessIsNotReadableByEveryServerAndADownServerHasNoIndex() throws Exception {
        Path file = dir.resolve("access-only.json");
        Files.writeString(file, Files.readString(Path.of(SEED))
                .replace("\"readers\": [\"ServersGrp\", \"DomAdmins\", \"CN=DominoA/O=Acme\"]", "\"readers\": []"));
        Path html = dir.resolve("r.html");
        Cli run = Cli.run("report", file.toString(), "--html", html.toString());
        assertThat(run.code()).as(run.toString()).isIn(0, 1);
        String page = Files.readString(html);
        assertThat(page).doesNotContain("none: readable by every server")
                .contains("<td class=\"state-DOWN\">DOWN</td><td>none (down)</td>")
                .doesNotContain("<td class=\"state-DOWN\">DOWN</td><td>100</td>");
    }

    @Test
    void aSweepWithOneChangeSaysChange() throws Exception {
        Cli run = Cli.run("sweep", "test-facts/failover/f1-busy-mail-server-sends-a-mail-open-to-its-cluster-mate.yaml");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain(" 1 changes").doesNotContain(" 2 change,").doesNotContain(" 0 change,");
    }
}
