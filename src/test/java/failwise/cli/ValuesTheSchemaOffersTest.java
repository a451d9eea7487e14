package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import failwise.engine.OfferedValues;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.model.Conclusion;
import failwise.model.FailoverDecision;
import failwise.model.Finding;
import failwise.model.FreeBusyLookup;
import failwise.model.MailRoute;
import failwise.model.Offered;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule pack is the one source of the values the schema offers: every code the pack concludes or writes is
 * offered for its field, the shipped shape lists none of them, and a pack's own values reach its schema.
 */
class ValuesTheSchemaOffersTest {
    private static final Path PACK = Path.of("rules");
    private static final String VALUES_FILE = "90-values-the-schema-offers.drl";

    private static RuleBase rules;
    private static Map<String, Set<String>> offered;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(PACK).files());
        offered = new TreeMap<>();
        OfferedValues.of(rules).forEach((field, values) -> offered.put(field,
                values.stream().map(Offered::value).collect(Collectors.toCollection(TreeSet::new))));
    }

    @Test
    void everyCodeAGoldenCaseConcludesIsOfferedForItsField() throws Exception {
        Map<String, Set<String>> concluded = new TreeMap<>();
        CaseRunner runner = new CaseRunner(rules, false);
        List<Path> cases;
        try (Stream<Path> files = Files.walk(Path.of("test-facts"))) {
            cases = files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted()
                    .toList();
        }
        assertThat(cases).hasSizeGreaterThan(50);
        for (Path file : cases) {
            CaseResult result = runner.run(file);
            assertThat(result.evaluation()).as(file.toString()).isNotNull();
            for (Conclusion c : result.evaluation().conclusions()) {
                if (c instanceof FailoverDecision d) {
                    add(concluded, "FailoverDecision.reason", d.reason());
                    d.causes().forEach(cause -> add(concluded, "FailoverDecision.causes", cause));
                } else if (c instanceof MailRoute m) {
                    add(concluded, "MailRoute.reason", m.reason());
                } else if (c instanceof FreeBusyLookup f) {
                    add(concluded, "FreeBusyLookup.reason", f.reason());
                } else if (c instanceof Finding f) {
                    add(concluded, "Finding.code", f.code());
                }
            }
        }
        assertThat(concluded.keySet()).containsExactlyInAnyOrder("FailoverDecision.reason",
                "FailoverDecision.causes", "MailRoute.reason", "FreeBusyLookup.reason", "Finding.code");
        concluded.forEach((field, codes) -> assertThat(offered.get(field)).as(field).containsAll(codes));
    }

    @Test
    void everyCodeARuleWritesIsOfferedForItsField() throws Exception {
        // The codes literally written in consequences, by the field they end up in.
        Map<String, Pattern> writes = Map.of(
                "FailoverDecision.reason", Pattern.compile("new (?:ServedAnyway|NoFailover)\\(\\$\\w+, \"([A-Z_]+)\""
                        + "|new FailoverDecision\\([^;]*, \"([A-Z_]+)\"\\)\\);"),
                "FailoverDecision.causes", Pattern.compile("new (?:ServerCondition|OriginalCondition)\\(\\$\\w+, "
                        + "\"([A-Z_]+)\"|new ReplicaCondition\\([^;]*, \"([A-Z_]+)\"\\)\\);"),
                "MailRoute.reason", Pattern.compile("new MailRoute\\([^;]*, \"([A-Z_]+)\"\\)\\);()"),
                "FreeBusyLookup.reason", Pattern.compile("new FreeBusyLookup\\([^;]*, \"([A-Z_]+)\"\\)\\);()"),
                "Finding.code", Pattern.compile("new Finding\\(\"([A-Z_]+)\"()"));
        Map<String, Set<String>> written = new TreeMap<>();
        try (Stream<Path> drl = Files.list(PACK)) {
            for (Path file : drl.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(file);
                writes.forEach((field, pattern) -> {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        add(written, field, m.group(1) != null ? m.group(1) : m.group(2));
                    }
                });
            }
        }
        assertThat(written.get("FailoverDecision.reason")).contains("ROUTER_IGNORES_LOAD_LIMITS",
                "SERVER_TASK_IGNORES_LOAD_LIMITS", "NO_AVAILABLE_REPLICA");
        assertThat(written.get("FailoverDecision.causes")).contains("SERVER_DOWN", "DATABASE_PENDING_DELETE",
                "DATABASE_NOT_ON_SERVER");
        assertThat(written.keySet()).hasSize(5);
        written.forEach((field, codes) -> assertThat(offered.get(field)).as(field).containsAll(codes));
    }

    @Test
    void theSchemaOffersEveryCatalogueActionAndTheShippedShapeListsNone() throws Exception {
        assertThat(offered.get("Request.action")).contains("OPEN_DATABASE", "CREATE_FROM_TEMPLATE", "ROUTE_MAIL")
                .hasSizeGreaterThan(20);
        JsonNode shape = new ObjectMapper().readTree(FactFileSchema.shape());
        assertThat(shape.findValues("examples")).as("only the roles are listed in the shape").hasSize(1);
        JsonNode printed = new ObjectMapper().readTree(FactFileSchemaTest.bundled());
        JsonNode action = printed.path("$defs").path("Request").path("properties").path("action");
        assertThat(action.path("examples")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(offered.get("Request.action"));
        assertThat(action.path("description").asText()).contains("OPEN_DATABASE: notes client, fails over",
                "ADMIN_PROCESS: server task, does not fail over");
    }

    @Test
    void aPackThatOffersItsOwnReasonHasItInItsSchema() throws Exception {
        Path pack = copyOfPack();
        Path values = pack.resolve(VALUES_FILE);
        Files.writeString(values, Files.readString(values).replace("new Offered(\"NOT_CLUSTERED\",",
                "new Offered(\"SITE_POLICY\", \"our change board keeps this one where it is\"),\n"
                        + "        new Offered(\"NOT_CLUSTERED\","));
        Cli run = Cli.run("--rules", pack.toString(), "schema");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"SITE_POLICY\"", "SITE_POLICY: our change board keeps this one where it is");
    }

    @Test
    void aQueryNamingNoFieldIsReportedAtItsPlace() throws Exception {
        Path pack = copyOfPack();
        Path values = pack.resolve(VALUES_FILE);
        String text = Files.readString(values);
        Files.writeString(values, text + "\nquery \"values of FailoverDecision.reasons\"\n"
                + "    Offered( $value : value, $meaning : meaning ) from [ new Offered(\"X\", \"y\") ]\nend\n");
        long line = text.lines().count() + 2;
        Cli run = Cli.run("--rules", pack.toString(), "schema");
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(values + ":" + line + ":1: query \"values of FailoverDecision.reasons\" "
                + "names no field of a fact file; expected <Type>.<field>, such as Request.action or "
                + "FailoverDecision.reason\n");
    }

    private Path copyOfPack() throws Exception {
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack);
        try (Stream<Path> files = Files.list(PACK)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(file, pack.resolve(file.getFileName().toString()));
            }
        }
        return pack;
    }

    private static void add(Map<String, Set<String>> codes, String field, String code) {
        if (code != null) {
            codes.computeIfAbsent(field, f -> new TreeSet<>()).add(code);
        }
    }
}
