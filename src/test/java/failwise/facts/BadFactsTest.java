package failwise.facts;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.model.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in bad-facts/ must give exactly the lines of its .expected file, written by hand. */
class BadFactsTest {

    private static final FactLoader LOADER = new FactLoader();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected")).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(14);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGivesTheExpectedProblems(String name) throws IOException, URISyntaxException {
        Path file = folder().resolve(name);
        List<String> expected = Files.readAllLines(folder().resolve(name.replaceFirst("\\.[^.]+$", ".expected")));

        LoadResult result = LOADER.parse("bad-facts/" + name, Files.readString(file, StandardCharsets.UTF_8));

        assertThat(result.snapshot()).isNull();
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(Problem::render).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void loadingTheFileFromDiskGivesTheSameProblems(String name) throws IOException, URISyntaxException {
        Path file = folder().resolve(name);
        List<String> expected = Files.readAllLines(folder().resolve(name.replaceFirst("\\.[^.]+$", ".expected")));

        LoadResult result = LOADER.load(file);

        assertThat(result.problems()).extracting(Problem::render)
                .containsExactlyElementsOf(expected.stream().map(l -> l.replace("bad-facts/" + name, file.toString())).toList());
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(BadFactsTest.class.getResource("/bad-facts").toURI());
    }
}
