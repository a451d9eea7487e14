package failwise.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Runs {@code batch} over {@code test-facts/} and a generated corpus of a few hundred varied fact files (passing,
 * failing, unreadable, JSON and YAML) with 1, 2 and 4 jobs, and requires the very same bytes from each.
 */
class BatchOrderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final int VARIANTS_PER_CASE = 5;

    @TempDir
    static Path corpus;
    private static int files;

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
                write(folder.resolve(stem + "-v" + v + (v == 4 ? ".yaml" : ".json")), original, v, n, random);
            }
        }
        files = FactFiles.under(List.of(Path.of("test-facts"))).size() + n;
    }

    /** Variant {@code kind} of a case: renamed requests, changed servers, a flipped expectation, a cut-off file, YAML. */
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
            default -> renameRequests(copy, "-y" + n);
        }
        Files.writeString(target, kind == 4 ? YAML.writeValueAsString(copy)
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
    @ValueSource(strings = {"text", "json", "junit"})
    void theReportIsTheSameBytesWhateverTheNumberOfJobs(String format) {
        String one = batch(format, 1);
        assertThat(batch(format, 2)).isEqualTo(one);
        assertThat(batch(format, 4)).isEqualTo(one);
        if (format.equals("text")) {
            List<String> fileLines = Arrays.stream(one.split("\n"))
                    .filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ") || l.startsWith("ERROR ")).toList();
            assertThat(fileLines).hasSize(files);
            // The corpus is varied, so the ordering is tested on every kind of result.
            assertThat(fileLines).anyMatch(l -> l.startsWith("PASS ")).anyMatch(l -> l.startsWith("FAIL "))
                    .anyMatch(l -> l.startsWith("ERROR "));
        }
    }

    private static String batch(String format, int jobs) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new failwise.cli.FailwiseCommand());
        int code = cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("--rules", "rules", "batch", "--jobs", Integer.toString(jobs), "--format", format,
                        "test-facts", corpus.toString());
        assertThat(code).as(err.toString()).isEqualTo(4); // the cut-off files are unreadable
        return out.toString();
    }
}
