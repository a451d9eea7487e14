package failwise.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import failwise.model.Problem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every limit of {@link Limits}, and the number length Jackson enforces, gives one whole located line in JSON and in
 * YAML alike. Small limits keep the inputs small; the messages are the ones users see with the defaults.
 */
class LimitsTest {

    private final FactLoader small = new FactLoader(new Limits(200, 3, 10, 3));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        f.json | {"servers": [[[[1]]]]}     | f.json:1:15: limit: /servers/0/0: expected nesting at most 3 levels deep, found 5 levels
        f.yaml | servers:\\n  - [[[1]]]\\n  | f.yaml:2:6: limit: /servers/0/0: expected nesting at most 3 levels deep, found more than 3 levels
        f.json | {"name": "Acme site 12"}    | f.json:1:10: limit: /name: expected a string of at most 10 characters, found 12 characters
        f.yaml | name: Acme site 12\\n       | f.yaml:1:7: limit: /name: expected a string of at most 10 characters, found 12 characters
        f.json | {"name12345678": 1}         | f.json:1:2: limit: /name12345678: expected a key of at most 10 characters, found 12 characters
        f.yaml | name12345678: 1\\n          | f.yaml:1:1: limit: /name12345678: expected a key of at most 10 characters, found 12 characters
        f.json | {"servers": [{"name": "A"}, {"name": "B"}, {"name": "C"}]} | f.json:1:1: limit: /: expected at most 3 facts, found 4
        f.yaml | servers: [{name: A}, {name: B}, {name: C}]\\n                | f.yaml:1:1: limit: /: expected at most 3 facts, found 4
        """)
    void eachLimitIsOneWholeLine(String source, String text, String expected) {
        assertThat(small.parse(source, text.replace("\\n", "\n")).problems()).extracting(Problem::render)
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"g.json, '{\"servers\": [{\"name\": \"A\", \"availabilityIndex\": 1%s}]}', 1:49",
        "g.yaml, 'servers:\\n  - name: A\\n    availabilityIndex: 1%s\\n', 3:24"})
    void aNumberOfMoreThanAThousandDigitsIsALimitProblemAtTheNumber(String source, String template, String at) {
        String text = template.replace("\\n", "\n").formatted("0".repeat(1000));

        assertThat(new FactLoader().parse(source, text).problems()).extracting(Problem::render).containsExactly(
                source + ":" + at + ": limit: /servers/0/availabilityIndex: expected a number of at most 1000 "
                        + "characters, found 1001 characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"f.json, '{\"servers\": []}', 215", "f.yaml, 'servers: []', 211"})
    void aFileOverTheSizeLimitIsRefusedWhetherReadOrGiven(String name, String text, long size) throws IOException {
        String padded = text + " ".repeat(200);
        Path file = Files.writeString(dir.resolve(name), padded);

        assertThat(small.load(file).problems()).extracting(Problem::render)
                .containsExactly(file + ": limit: /: expected a file of at most 200 bytes, found " + size + " bytes");
        assertThat(small.parse(name, padded).problems()).extracting(Problem::render)
                .containsExactly(name + ": limit: /: expected a file of at most 200 bytes, found " + size + " bytes");
    }

    @Test
    void aFileLargerThanMemoryCouldHoldIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            // Sparse: 3 GiB on paper and no disk space; reading it whole would fail with OutOfMemoryError.
            sparse.setLength(3L << 30);
        }

        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new FactLoader().load(file).problems());

        assertThat(problems).extracting(Problem::render).containsExactly(
                file + ": limit: /: expected a file of at most 268435456 bytes, found 3221225472 bytes");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThat(new FactLoader().load(dir).problems()).extracting(Problem::render)
                .containsExactly(dir + ": io: /: expected a file, found a directory");
    }
}
