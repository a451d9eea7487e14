package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the shipped fact-file schema against the files failwise reads: every golden case is valid, and every bad
 * fixture is rejected unless its defect is one a JSON Schema cannot express, listed here with the reason.
 */
class FactFileSchemaTest {
    private static final Path BAD = Path.of("src/test/resources/bad-facts");

    /** Defects only failwise itself can see: across elements, across the file, or below the JSON value. */
    private static final Map<String, String> NOT_EXPRESSIBLE = Map.ofEntries(
            Map.entry("duplicate-document-id.json", "uniqueness of a key across array elements"),
            Map.entry("duplicate-group-name.yaml", "uniqueness of a key across array elements"),
            Map.entry("duplicate-request-id.json", "uniqueness of a key across array elements"),
            Map.entry("duplicate-server-names.json", "uniqueness of a name across array elements, after canonicalising"),
            Map.entry("duplicate-notes-ini-name.json", "NOTES.INI names are unique ignoring case; a schema compares "
                    + "member names exactly"),
            Map.entry("replica-on-unknown-server.json", "a reference to a server defined elsewhere in the file"),
            Map.entry("request-on-unknown-server.json", "a reference to a server defined elsewhere in the file"),
            Map.entry("unknown-group-member.json", "a reference to a name or group defined elsewhere in the file"),
            Map.entry("group-cycle.yaml", "a cycle through several groups"),
            Map.entry("duplicate-json-key.json", "syntax: the parsed value keeps one of the two members"),
            Map.entry("duplicate-yaml-key.yaml", "syntax: the parsed value keeps one of the two members"),
            Map.entry("malformed-json.json", "syntax: there is no JSON value to validate"),
            Map.entry("malformed-yaml.yaml", "syntax: there is no YAML value to validate"),
            Map.entry("trailing-content.json", "syntax: the content after the value is not part of it"),
            Map.entry("empty-file.json", "syntax: there is no value to validate"),
            Map.entry("comments-only.yaml", "syntax: a YAML file of comments only holds no value to validate"),
            Map.entry("yaml-alias-instead-of-a-value.yaml", "YAML syntax: the parsed value holds the alias's name"),
            Map.entry("yaml-custom-tag.yaml", "YAML syntax: tags do not reach the parsed value"),
            Map.entry("yaml-anchor-without-alias.yaml", "YAML syntax: anchors do not reach the parsed value"),
            Map.entry("yaml-complex-key.yaml", "syntax: there is no YAML value to validate"),
            Map.entry("yaml-nul-byte.yaml", "syntax: YAML does not allow the character, so there is no value"),
            Map.entry("raw-control-character-in-a-string.json", "syntax: JSON strings escape control characters"));

    private static final Pattern POINTER = Pattern.compile("^[^ ]+: [a-z-]+: (/[^:]*): ", Pattern.MULTILINE);

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(bundled());

    /** The schema {@code failwise schema} prints with the bundled pack, the one editors are given. */
    static String bundled() {
        Cli run = Cli.run("schema");
        if (run.code() != 0) {
            throw new IllegalStateException(run.toString());
        }
        return run.out();
    }

    static Stream<Path> goldenCases() throws IOException {
        return factFiles(Path.of("test-facts"));
    }

    static Stream<Path> badFixtures() throws IOException {
        return factFiles(BAD);
    }

    @ParameterizedTest
    @MethodSource("goldenCases")
    void everyGoldenCaseIsValid(Path file) throws IOException {
        assertThat(SCHEMA.validate(read(file))).as(file.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("badFixtures")
    void everyBadFixtureIsRejectedUnlessItsDefectIsBeyondASchema(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonNode value;
        try {
            value = read(file);
        } catch (IOException syntax) {
            assertThat(NOT_EXPRESSIBLE).as(name + " does not parse, so it must be listed as a syntax defect")
                    .containsKey(name);
            return;
        }
        Set<ValidationMessage> errors = SCHEMA.validate(value);
        if (NOT_EXPRESSIBLE.containsKey(name)) {
            // Listed as beyond a schema: then the schema must indeed accept it, or the list is out of date.
            assertThat(errors).as(name + ": " + NOT_EXPRESSIBLE.get(name)).isEmpty();
        } else {
            // Rejected, and at the place the loader reports (or on the path to it), not for some other reason.
            List<String> expected = expectedPointers(file);
            assertThat(errors).as(name + " should be rejected by the schema at one of " + expected)
                    .anySatisfy(e -> assertThat(expected).anySatisfy(p -> assertThat(onOnePath(pointer(e), p))
                            .as(pointer(e) + " vs " + p).isTrue()));
        }
    }

    /** The JSON pointers of a fixture's expected problems, {@code ""} for the document itself. */
    private static List<String> expectedPointers(Path fixture) throws IOException {
        String expected = fixture.toString().replaceAll("\\.(json|ya?ml)$", ".expected");
        List<String> pointers = new ArrayList<>();
        Matcher m = POINTER.matcher(Files.readString(Path.of(expected)));
        while (m.find()) {
            // failwise escapes control characters in what it shows (U+0085 ends a line for some readers).
            String shown = m.group(1).equals("/") ? "" : m.group(1);
            pointers.add(Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(shown)
                    .replaceAll(u -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16)))));
        }
        return pointers;
    }

    /** The pointer of the value a schema error is about, with the member it names when there is one. */
    private static String pointer(ValidationMessage error) {
        StringBuilder out = new StringBuilder();
        JsonNodePath path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.append('/').append(path.getElement(i));
        }
        if (error.getProperty() != null && !out.toString().endsWith("/" + error.getProperty())) {
            out.append('/').append(error.getProperty());
        }
        return out.toString();
    }

    private static boolean onOnePath(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    @Test
    void theListOfDefectsBeyondASchemaNamesOnlyExistingFixtures() {
        NOT_EXPRESSIBLE.keySet().forEach(name -> assertThat(BAD.resolve(name)).exists());
    }

    @Test
    void aTypoInAnExpectationKeyIsRejectedThoughTheLoaderWouldLetItPass() throws IOException {
        JsonNode file = new ObjectMapper().readTree("{\"expect\": [{\"type\": \"ConsoleMessage\", \"sever\": "
                + "\"Hub/Acme\", \"absent\": true}]}");
        assertThat(SCHEMA.validate(file)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("sever"));
    }

    @Test
    void everyPropertyIsDescribedAndEveryFactObjectIsClosed() throws IOException {
        List<String> gaps = new ArrayList<>();
        walk(new ObjectMapper().readTree(bundled()), "", gaps);
        assertThat(gaps).isEmpty();
    }

    @Test
    void schemaPrintsTheShippedShapeWithTheValuesThePackOffers() throws IOException {
        Cli run = Cli.run("schema");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Cli.run("schema").out()).isEqualTo(run.out());
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isNotEmpty();
    }

    private static void walk(JsonNode node, String at, List<String> gaps) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null) {
                properties.properties().forEach(p -> {
                    if (!p.getValue().has("description")) {
                        gaps.add(at + "/properties/" + p.getKey() + ": no description");
                    }
                });
                boolean map = at.endsWith("/notesIni");
                boolean expectation = at.endsWith("/Expectation") || at.contains("/allOf/");
                if (!map && !expectation && !node.path("additionalProperties").isBoolean()) {
                    gaps.add(at + ": additionalProperties is not false");
                }
            }
            // An if only tests a value; its properties are not the ones an editor offers.
            node.properties().forEach(p -> {
                if (!p.getKey().equals("if")) {
                    walk(p.getValue(), at + "/" + p.getKey(), gaps);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, gaps);
            }
        }
    }

    private static JsonNode read(Path file) throws IOException {
        String text = Files.readString(file);
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        JsonNode value = mapper.readTree(text);
        if (value == null || value.isMissingNode()) {
            throw new IOException(file + ": no value");
        }
        return value;
    }

    private static Stream<Path> factFiles(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        assertThat(files).as("fact files under " + root).isNotEmpty();
        return files.stream();
    }
}
