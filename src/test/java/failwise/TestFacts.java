package failwise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The golden cases of {@code test-facts/}, for tests that look at every one of them. */
public final class TestFacts {
    private TestFacts() {
    }

    /** Every fact file under {@code test-facts/}, sorted by path. */
    public static List<Path> all() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("test-facts"))) {
            return walk.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
    }
}
