package failwise;

import static org.junit.jupiter.api.Assertions.fail;

import failwise.batch.BatchRun;
import failwise.batch.FactFiles;
import failwise.batch.TextFormat;
import failwise.engine.RuleBase;
import failwise.engine.RuleCompileException;
import failwise.engine.RuleSource;
import failwise.model.Problem;
import failwise.verify.CaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code test-facts/} on the rules in {@code rules/} through {@link BatchRun}, the runner behind
 * {@code failwise batch test-facts}, and gives each file a test that fails with the very lines batch prints for
 * it: what {@code mvn verify} passes is what a consultant's {@code batch test-facts} passes.
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
        RuleBase rules; // compiled once for every case, as batch does
        try {
            rules = RuleBase.compile(RuleSource.directory(RULES).files());
        } catch (RuleCompileException e) {
            String lines = e.problems().stream().map(Problem::render).collect(Collectors.joining("\n"));
            return Stream.of(DynamicTest.dynamicTest("rules/ compiles", () -> fail("the rules do not compile:\n" + lines)));
        }
        List<CaseResult> results = new ArrayList<>();
        new BatchRun(rules, Runtime.getRuntime().availableProcessors()).run(files, results::add);
        // Results come in input order: the i-th result is the i-th file's.
        return IntStream.range(0, files.size()).mapToObj(i -> DynamicTest.dynamicTest(
                FACTS.relativize(files.get(i)).toString().replace('\\', '/'), files.get(i).toUri(),
                () -> check(results.get(i))));
    }

    private static List<Path> factFiles() {
        if (!Files.isDirectory(FACTS)) {
            return List.of();
        }
        try {
            return FactFiles.under(List.of(FACTS));
        } catch (FactFiles.PathException e) {
            return List.of(); // a folder with no case yet
        }
    }

    private static void check(CaseResult result) {
        if (result.status() != CaseResult.Status.PASS) {
            fail(String.join("\n", TextFormat.lines(result)));
        }
    }
}
