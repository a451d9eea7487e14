package failwise.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the {@code --set} change language, from the text a consultant types to the changed copy
 * loaded again. Property: any text either parses to a change or is refused with one line naming the change; a parsed
 * change either names nothing in the file (one line) or gives a copy that loads or whose problems are one located
 * line each; nothing else is thrown. Without {@code JAZZER_FUZZ} this runs the kept inputs in
 * {@code ChangeLanguageFuzzTestInputs/}; the build's {@code fuzz-set} execution fuzzes it for a few seconds.
 */
class ChangeLanguageFuzzTest {
    private static final ChangeParser PARSER = new ChangeParser();
    private static final FactTree FACTS = FactTree.read(
            Path.of("test-facts/coexistence/x1-seed-both-coexistence-servers-up-primary-takes-everything.json"),
            new FactLoader()).tree();
    /** Any character but those that end a line somewhere: CR, LF, NEL and Unicode's separators. */
    private static final Pattern ONE_LINE = Pattern.compile("[^\\n\\r\\u0085\\u2028\\u2029]+");

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"DominoA/Acme.", "Mail1/Acme.", "state=", "DOWN", "notesIni.", "MailClusterFailover",
        "availabilityIndex=", "fd:A.", "readers+=", "readers-=", "[CN=DominoA/O=Acme]", "request:", "freebusy.",
        "replica:", "@", "group:", "/servers/0/", "/foreignDomains/0/readers", "!", "=", "+=", "-=", "{", "[", "\""})
    void anyChange(FuzzedDataProvider data) {
        int count = data.consumeInt(1, 3);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(i == count - 1 ? data.consumeRemainingAsString() : data.consumeString(200));
        }
        List<Change> changes;
        try {
            changes = PARSER.parseAll(texts);
        } catch (ChangeException e) {
            assertThat(e.getMessage()).startsWith("--set '");
            assertOneLine(e.getMessage());
            return;
        }
        LoadResult fork;
        try {
            fork = FACTS.fork(changes);
        } catch (ChangeException e) {
            assertThat(e.getMessage()).startsWith("--set '");
            assertOneLine(e.getMessage());
            return;
        }
        assertThat(fork.snapshot() != null).as("a snapshot exactly when there are no problems").isEqualTo(fork.ok());
        for (Problem problem : fork.problems()) {
            assertOneLine(problem.render());
            assertThat(problem.code()).as(problem.render()).isNotEqualTo("internal");
        }
    }

    private static void assertOneLine(String text) {
        assertThat(text).matches(ONE_LINE);
    }
}
