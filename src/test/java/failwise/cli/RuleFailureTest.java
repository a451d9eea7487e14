package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that go wrong in every way a Java action or condition can: an {@link Error} thrown, the stack overflowed, an
 * exception inside an {@code eval}, an action that never returns, an action that fills the heap. Each is one
 * {@code rule-failed} line at the rule's {@code file:line}, exit 3, and the other files of the run are still
 * evaluated.
 */
class RuleFailureTest {
    private static final String RULES = "src/test/resources/failing-rules";
    private static final String DRL = RULES + "/failing.drl";
    private static final String FACTS = "src/test/resources/failing-facts/";

    @TempDir
    Path dir;

    @Test
    void errorsThrownByActionsAndConditionsAreRuleFailuresAtTheRuleAndTheOtherFilesAreStillEvaluated() {
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run("--rules", RULES, "evaluate",
                FACTS + "assert.json", FACTS + "noclass.json", FACTS + "recurse.json", FACTS + "parse.json",
                FACTS + "constraint.json", FACTS + "fine.json"));

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.RULES);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.toString()).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(DRL + ":7:1: rule-failed: rule `An action that fails an assertion` failed "
                + "in its action: AssertionError: the server CN=Assert/O=Acme was not expected");
        assertThat(lines.get(1)).isEqualTo(DRL + ":15:1: rule-failed: rule `An action that misses a class` failed in "
                + "its action: NoClassDefFoundError: failing/Gone");
        assertThat(lines.get(2)).isEqualTo(DRL + ":23:1: rule-failed: rule `An action that recurses without end` "
                + "failed in its action: StackOverflowError");
        assertThat(lines.get(3)).startsWith(DRL + ":33:1: rule-failed: rule `A condition that parses a name as a "
                + "number` failed in its condition: ").contains("For input string");
        assertThat(lines.get(4)).startsWith(DRL + ":63:1: rule-failed: rule `A constraint that parses a name as a "
                + "number` failed in its condition: ").contains("For input string");
        assertThat(run.out()).contains(FACTS + "fine.json  A server called Fine");
        assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("Invoker@");
    }

    @Test
    void anActionThatNeverReturnsIsStoppedAtTheTimeLimitAndNamed() {
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("--rules", RULES, "batch",
                "--timeout", "2", FACTS + "loop.json", FACTS + "fine.json"));

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.RULES);
        assertThat(run.out()).as(run.toString()).contains("ERROR " + FACTS + "loop.json\n  " + DRL
                + ":41:1: timeout: expected the rules to finish on " + FACTS + "loop.json within 2 seconds, found rule "
                + "`An action that never returns` still running (--timeout sets the limit)\n")
                .contains("UNCHECKED " + FACTS + "fine.json");
    }

    @Test
    void aTimeLimitThatIsNotAPositiveNumberIsAUsageError() {
        Cli run = Cli.run("--rules", RULES, "evaluate", "--timeout", "0", FACTS + "fine.json");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("--timeout: expected a number of seconds above 0, found `0`");
    }

    @Test
    void aRuleThatFillsTheHeapIsBlamedNotTheFile() throws Exception {
        // A fresh JVM with a small heap, started as a user starts failwise (Main, not picocli's execute).
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBin, "-Xmx96m", "-XX:-UsePerfData",
                "-Dfailwise.cache.dir=" + System.getProperty("failwise.cache.dir", "target/rule-cache"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--rules", RULES, "evaluate", FACTS + "hoard.json", FACTS + "fine.json")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String err = Files.readString(dir.resolve("err.txt"));

        assertThat(ended).as("ended within two minutes").isTrue();
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.RULES);
        assertThat(err.lines().toList()).singleElement().asString()
                .startsWith(DRL + ":52:1: rule-failed: rule `An action that fills the heap` filled the Java heap of ")
                .contains("in its action on " + FACTS + "hoard.json")
                .doesNotContain("split the file");
        assertThat(Files.readString(dir.resolve("out.txt"))).contains(FACTS + "fine.json  A server called Fine");
    }
}
