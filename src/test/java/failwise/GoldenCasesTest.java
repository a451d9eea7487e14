package failwise;

import static org.junit.jupiter.api.Assertions.fail;

import failwise.engine.RuleBase;
import failwise.engine.RuleCompileException;
import failwise.engine.RuleSource;
import failwise.model.Problem;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fact file under {@code test-facts/} through {@link CaseRunner} on the rules in {@code rules/}, one test
 * per file named by its path, and requires each to PASS: the same cases a consultant runs with {@code batch}.
 *
 * <p>A {@code @TestFactory} rather than a {@code @ParameterizedTest}: JUnit 5.11 fails a parameterised test whose
 * source yields nothing, and an empty or not-yet-written {@code test-facts/} folder must not fail the build.
 */
class GoldenCasesTest {
    private static final Path FACTS = Path.of("test-facts");
    private static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> everyFactFileMeetsItsExpectations() throws IOException {
        List<Path> files = factFiles();
        if (files.isEmpty()) {
            return Stream.empty();
        }
        RuleBase rules; // compiled once for every case of the class
        try {
            rules = RuleBase.compile(RuleSource.directory(RULES).files());
        } catch (RuleCompileException e) {
            String lines = e.problems().stream().map(Problem::render).collect(Collectors.joining("\n"));
            return Stream.of(DynamicTest.dynamicTest("rules/ compiles", () -> fail("the rules do not compile:\n" + lines)));
        }
        CaseRunner runner = new CaseRunner(rules, false);
        return files.stream().map(file -> DynamicTest.dynamicTest(FACTS.relativize(file).toString().replace('\\', '/'),
                file.toUri(), () -> check(runner.run(file))));
    }

    private static List<Path> factFiles() throws IOException {
        if (!Files.isDirectory(FACTS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(FACTS)) {
            return walk.filter(Files::isRegularFile).filter(GoldenCasesTest::isFactFile).sorted().toList();
        }
    }

    private static boolean isFactFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static void check(CaseResult result) {
        switch (result.status()) {
            case PASS -> { }
            case ERROR -> fail(result.source() + " could not be evaluated:\n" + result.allProblems().stream()
                    .map(Problem::render).collect(Collectors.joining("\n")));
            case FAIL -> fail(failures(result));
        }
    }

    /** Every failed expectation, then every actual conclusion, so the fix can be chosen without rerunning. */
    private static String failures(CaseResult result) {
        Map<String, String> written = result.evaluation().writtenNames();
        StringBuilder out = new StringBuilder(result.source()).append(": ").append(result.failed().size())
                .append(" of ").append(result.expectations().size()).append(" expectations failed\n");
        for (ExpectationResult r : result.failed()) {
            out.append("  ").append(ExpectationText.failure(r, written)).append('\n');
        }
        out.append("actual conclusions:\n");
        result.evaluation().conclusions().forEach(c -> out.append("  ")
                .append(ExpectationText.conclusion(c, written)).append('\n'));
        return out.toString();
    }
}
