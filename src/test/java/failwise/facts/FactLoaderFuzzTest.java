package failwise.facts;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.FuzzEdits;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import failwise.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the fact loader. Property: any text either loads without problems or gives problems
 * that each render as one line {@code source:line:col: code: /pointer: message} with a known code; nothing throws,
 * and no input takes longer than the timeout. Without {@code JAZZER_FUZZ} these run only the kept inputs in
 * {@code FactLoaderFuzzTestInputs/}; the build's {@code fuzz} execution fuzzes {@link #anyInput} for a few seconds.
 */
class FactLoaderFuzzTest {

    /** Every code a fact file can earn; {@code internal} is missing on purpose: it means the loader failed. */
    private static final Set<String> CODES = Set.of(Issues.SYNTAX, Issues.DUPLICATE_KEY, Issues.UNKNOWN_KEY,
            Issues.MISSING_FIELD, Issues.WRONG_TYPE, Issues.UNKNOWN_VALUE, Issues.OUT_OF_RANGE, Issues.DUPLICATE_NAME,
            Issues.UNKNOWN_REFERENCE, Issues.UNKNOWN_GROUP, Issues.GROUP_CYCLE, Issues.BAD_INSTANT, Issues.LIMIT,
            Issues.UNSUPPORTED);

    /** Small limits, so the fuzzer reaches each of them with inputs of a few hundred bytes. */
    private static final FactLoader SMALL = new FactLoader(new Limits(4096, 8, 64, 40));
    private static final FactLoader DEFAULT = new FactLoader();

    /** Fragments an edit may insert: structure, YAML's special characters, values near the checks' edges. */
    private static final String[] FRAGMENTS = {"{", "}", "[", "]", "\"", ":", ",", "\n", "  ", "- ", "#", "'",
        "*a", "&a ", "!!str ", "!x ", "? ", "|\n", "null", "true", "-1", "0", "1e999", "99999999999999999999",
        "\"UP\"", "\"BUSY\"", "\"2024-02-30T25:00:00Z\"", "\"name\"", "\"servers\"", "\"CN=A/O=B\"", "\\u0000",
        "\uFEFF", "\u0000", "\t", "\r"};

    /** Any character but those that end a line somewhere: CR, LF, NEL and Unicode's separators. */
    private static final String ONE_LINE = "[^\\n\\r\\u0085\\u2028\\u2029]";

    private static final List<Source> TEST_FACTS = testFacts();

    private record Source(String name, String text) {
    }

    /** The build's target: each input picks JSON text, YAML text or an edited test-facts file. */
    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"servers\"", "\"replicas\"", "\"requests\"", "\"expect\"", "\"name\"", "\"state\"",
        "servers:", "requests:", "expect:", "name: ", "state: ", "- ", "&a ", "*a", "!!"})
    void anyInput(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 2)) {
            case 0 -> jsonText(data.consumeRemainingAsBytes());
            case 1 -> yamlText(data.consumeRemainingAsBytes());
            default -> editedTestFacts(data);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"\"servers\"", "\"replicas\"", "\"groups\"", "\"requests\"", "\"expect\"", "\"name\"",
        "\"state\"", "\"members\"", "\"notesIni\"", "\"directoryAcl\"", "\"foreignDomains\""})
    void jsonText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        check("fuzz.json", SMALL.parse("fuzz.json", text));
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"servers:", "replicas:", "groups:", "requests:", "expect:", "name: ", "state: ", "- ",
        "members:", "notesIni:", "&a ", "*a", "!!"})
    void yamlText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        check("fuzz.yaml", SMALL.parse("fuzz.yaml", text));
    }

    /** Edits a real test-facts file a few times, so the fuzzer starts deep inside valid structure. */
    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void editedTestFacts(FuzzedDataProvider data) {
        Source source = TEST_FACTS.get(data.consumeInt(0, TEST_FACTS.size() - 1));
        String text = FuzzEdits.edit(data, source.text(), FRAGMENTS);
        // JSON is YAML too, so a JSON file read as YAML also reaches the YAML reader with realistic structure.
        String name = data.consumeBoolean() ? source.name() : source.name().replaceFirst("\\.json$", ".yaml");
        check(name, DEFAULT.parse(name, text));
    }

    private static void check(String source, LoadResult result) {
        assertThat(result.snapshot() != null).as("a snapshot exactly when there are no problems").isEqualTo(result.ok());
        Pattern line = Pattern.compile("\\Q" + source + "\\E(:[1-9]\\d*:[1-9]\\d*)?: ([a-z-]+): /" + ONE_LINE + "*: " + ONE_LINE + "+");
        for (Problem problem : result.problems()) {
            String rendered = problem.render();
            assertThat(rendered).matches(line);
            assertThat(CODES).as(rendered).contains(problem.code());
        }
    }

    private static List<Source> testFacts() {
        try (Stream<Path> files = Files.walk(Path.of("test-facts"))) {
            return files.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$")).sorted()
                    .map(f -> new Source(f.getFileName().toString(), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
