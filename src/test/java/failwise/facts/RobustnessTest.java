package failwise.facts;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.model.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No input may make the loader throw: garbage, hostile nesting and sizes all come back as problems. */
class RobustnessTest {

    private final FactLoader loader = new FactLoader();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"garbage.json", "garbage.yaml"})
    void randomBytesGiveProblems(String name) throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[1 + random.nextInt(400)];
            random.nextBytes(bytes);
            Path file = Files.write(dir.resolve(name), bytes);

            assertThat(loader.load(file).problems()).as("round %d", round).isNotEmpty();
            assertThat(loader.parse(name, new String(bytes, StandardCharsets.ISO_8859_1)).problems()).isNotEmpty();
        }
    }

    @Test
    void arraysNestedTenThousandDeepAreALimitProblem() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThat(loader.parse("deep.json", deep).problems()).extracting(Problem::render).singleElement()
                .asString().startsWith("deep.json:1:65: limit: /0/0/0/").endsWith(
                        ": expected nesting at most 64 levels deep, found 10000 levels");
        assertThat(loader.parse("deep.yaml", deep).problems()).extracting(Problem::render).singleElement().asString()
                .endsWith(": expected nesting at most 64 levels deep, found more than 64 levels");
        assertThat(loader.parse("open.json", "[".repeat(10_000)).problems()).extracting(Problem::code)
                .containsExactly("limit", "syntax");
    }

    @Test
    void aOneMegabyteStringIsALimitProblemThatSaysItsLength() {
        String huge = "x".repeat(1 << 20);

        assertThat(loader.parse("big.json", "{\"name\": \"" + huge + "\"}").problems()).extracting(Problem::render)
                .containsExactly("big.json:1:10: limit: /name: expected a string of at most 65536 characters, found 1048576 characters");
        assertThat(loader.parse("big.yaml", "name: \"" + "x".repeat(100_000) + "\"\n").problems())
                .extracting(Problem::render)
                .containsExactly("big.yaml:1:7: limit: /name: expected a string of at most 65536 characters, found 100000 characters");
    }

    @Test
    void yamlWithARunTooLongToScanQuicklyIsRefusedBeforeParsing() {
        String huge = "x".repeat(1 << 20);

        assertThat(loader.parse("big.yaml", "name: Mail1\ncluster: " + huge + "\n").problems()).extracting(Problem::render)
                .containsExactly("big.yaml:2:10: limit: /: expected at most 262144 characters in a row without a blank, found 1048576");
    }

    @Test
    void everyTruncationOfAGoodFileGivesProblemsOrASnapshot() throws IOException, URISyntaxException {
        for (String name : new String[] {"complete.json", "complete.yaml"}) {
            String text = Files.readString(Path.of(getClass().getResource("/good-facts/" + name).toURI()));
            for (int end = 0; end < text.length(); end += 3) {
                LoadResult result = loader.parse(name, text.substring(0, end));
                assertThat(result.ok() == (result.snapshot() != null)).as("%s cut at %d", name, end).isTrue();
            }
        }
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws IOException {
        FactLoader small = new FactLoader(new Limits(10, 64, 100, 100));
        Path file = Files.writeString(dir.resolve("f.json"), "{\"servers\": []}");

        assertThat(small.load(file).problems()).extracting(Problem::render)
                .containsExactly(file + ": limit: /: expected a file of at most 10 bytes, found 15 bytes");
        assertThat(small.parse("f.json", "{\"servers\": []}").problems()).extracting(Problem::code).containsExactly("limit");
    }

    @Test
    void tooManyFactsIsALimitProblem() {
        FactLoader small = new FactLoader(new Limits(1000, 64, 100, 3));

        assertThat(small.parse("f.json", "{\"servers\": [{\"name\": \"A\", \"notesIni\": {\"X\": 1}}, {\"name\": \"B\"}]}")
                .problems()).extracting(Problem::render)
                .containsExactly("f.json:1:1: limit: /: expected at most 3 facts, found 4");
    }

    @Test
    void aMissingFileIsAProblemToo() {
        Path missing = dir.resolve("nowhere.json");

        assertThat(loader.load(missing).problems()).extracting(Problem::render)
                .containsExactly(missing + ": io: /: cannot read the file: no such file");
    }

    @Test
    void controlCharactersInInputDoNotBreakTheOneLineMessage() {
        assertThat(loader.parse("c.json", "{\"servers\": [{\"name\": \"A\", \"bad\\nkey\": 1}]}").problems())
                .extracting(Problem::render).singleElement().asString()
                .doesNotContain("\n").endsWith("found `bad\\nkey`");
    }
}
