package failwise.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import failwise.cli.FailwiseCommand;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * Runs the batch runner over {@code test-facts/} and a generated corpus of a few hundred varied fact files
 * (passing, failing, unreadable, JSON and YAML) with 1, 2 and 4 jobs in every format, and requires the very same
 * bytes from each; and requires the command to write the runner's report.
 */
class BatchOrderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final int VARIANTS_PER_CASE = 4;

    @TempDir
    static Path corpus;
    private static List<Path> files;
    private static RuleBase rules;

    @BeforeAll
    static void generateCorpus() throws Exception {
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(Path.of("test-facts"))) {
            cases = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Random random = new Random(20261122); // fixed: the corpus is the same on every run
        int n = 0;
        for (Path file : cases) {
            JsonNode original = JSON.readTree(file.toFile());
            String stem = file.getFileName().toString().replace(".json", "");
            Path folder = corpus.resolve(file.getParent().getFileName().toString());
            Files.createDirectories(folder);
            for (int v = 0; v < VARIANTS_PER_CASE; v++, n++) {
                // Every other renamed case is written as YAML, so both parsers run in the corpus.
                boolean yaml = v == 0 && n % 2 == 1;
                write(folder.resolve(stem + "-v" + v + (yaml ? ".yaml" : ".json")), original, v, n, random);
            }
        }
        files = FactFiles.under(List.of(Path.of("test-facts"), corpus));
        assertThat(files).hasSize(FactFiles.under(List.of(Path.of("test-facts"))).size() + n);
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files()); // once: the runs share it
    }

    /** Variant {@code kind} of a case: renamed requests, changed servers, a flipped expectation, a cut-off file. */
    private static void write(Path target, JsonNode original, int kind, int n, Random random) throws IOException {
        ObjectNode copy = (ObjectNode) original.deepCopy();
        switch (kind) {
            case 0 -> renameRequests(copy, "-r" + n);
            case 1 -> eachServer(copy, s -> s.put("state", List.of("UP", "DOWN", "UNREACHABLE").get(random.nextInt(3)))
                    .put("availabilityIndex", random.nextInt(101)));
            case 2 -> breakAnExpectation(copy, random);
            case 3 -> {
                String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
                Files.writeString(target, text.substring(0, 1 + random.nextInt(text.length() - 1)));
                return;
            }
            default -> throw new IllegalArgumentException("no variant " + kind);
        }
        Files.writeString(target, target.toString().endsWith(".yaml") ? YAML.writeValueAsString(copy)
                : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy));
    }

    private static void renameRequests(ObjectNode root, String suffix) {
        List<String> ids = new ArrayList<>();
        root.withArray("requests").forEach(r -> {
            if (r.hasNonNull("id")) {
                ids.add(r.get("id").asText());
                ((ObjectNode) r).put("id", r.get("id").asText() + suffix);
            }
        });
        if (root.get("expect") instanceof ArrayNode expect) {
            for (JsonNode e : expect) {
                for (String key : List.of("request", "subject")) {
                    if (e.hasNonNull(key) && ids.contains(e.get(key).asText())) {
                        ((ObjectNode) e).put(key, e.get(key).asText() + suffix);
                    }
                }
            }
        }
    }

    private static void eachServer(ObjectNode root, java.util.function.Consumer<ObjectNode> change) {
        if (root.get("servers") instanceof ArrayNode servers) {
            servers.forEach(s -> change.accept((ObjectNode) s));
        }
    }

    private static void breakAnExpectation(ObjectNode root, Random random) {
        if (root.get("expect") instanceof ArrayNode expect && !expect.isEmpty()) {
            ObjectNode e = (ObjectNode) expect.get(random.nextInt(expect.size()));
            e.put("absent", !e.path("absent").asBoolean(false));
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theReportIsTheSameBytesWhateverTheNumberOfJobs(ReportFormat format) {
        String one = report(format, 1);
        assertThat(report(format, 2)).isEqualTo(one);
        assertThat(report(format, 4)).isEqualTo(one);
        if (format == ReportFormat.TEXT) {
            List<String> fileLines = Arrays.stream(one.split("\n"))
                    .filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ") || l.startsWith("ERROR ")).toList();
            assertThat(fileLines).hasSize(files.size());
            // The corpus is varied, so the ordering is tested on every kind of result.
            assertThat(fileLines).anyMatch(l -> l.startsWith("PASS ")).anyMatch(l -> l.startsWith("FAIL "))
                    .anyMatch(l -> l.startsWith("ERROR "));
        }
    }

    @Test
    void theCommandWritesTheSameReportAsTheRunner() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new FailwiseCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("--rules", "rules", "batch", "--jobs", "2", "--coverage",
                        "--format", "junit", "test-facts", corpus.toString());
        assertThat(code).as(err.toString()).isEqualTo(4); // the cut-off files are unreadable
        assertThat(out.toString()).isEqualTo(report(ReportFormat.JUNIT, 1));
    }

    /** The report as the command writes it, with coverage (which must not depend on the jobs either). */
    private static String report(ReportFormat format, int jobs) {
        StringWriter out = new StringWriter();
        new BatchRun(rules, jobs).report(files, format.open(new PrintWriter(out)), true, null, Progress.none());
        return out.toString();
    }
}
