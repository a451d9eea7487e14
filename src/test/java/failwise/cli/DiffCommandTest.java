package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final String AT_THRESHOLD = "test-facts/failover/f1-index-equal-to-threshold-is-busy.json";
    private static final String BOTH_UP =
            "test-facts/coexistence/x1-seed-both-coexistence-servers-up-primary-takes-everything.json";
    private static final String PRIMARY_DOWN =
            "test-facts/coexistence/x3-free-busy-fails-at-secondary-connector-when-primary-down.json";

    /** A copy of the pack with the F1 Decision switched to "strictly below the threshold is BUSY". */
    private static Path strictlyBelow(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path file = dir.resolve("10-server-availability.drl");
        String text = Files.readString(file);
        String changed = text.replace("number > 0, $index <= number )", "number > 0, $index < number )");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(file, changed);
        return dir;
    }

    @Test
    void aSwitchedDecisionShowsTheChangedDecisionWithBothTreesAndExitsOne(@TempDir Path dir) throws Exception {
        Path b = strictlyBelow(dir);
        Cli run = Cli.run("diff", AT_THRESHOLD, "--rules-a", "rules", "--rules-b", b.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("A: " + AT_THRESHOLD + " on rules\nB: " + AT_THRESHOLD + " on " + b + "\n\n"
                + "changed  FailoverDecision at-threshold: outcome FAILOVER → SERVED, servedBy Mail3/Acme → "
                + "Mail1/Acme, causes SERVER_BUSY → none\n"
                + "  in A: FailoverDecision at-threshold: FAILOVER, served by Mail3/Acme (causes: SERVER_BUSY)\n"
                + "    └─ request at-threshold fails over from Mail1/Acme to Mail3/Acme  [F7, rule \"The chosen "
                + "replica serves a request its server cannot take\", rules/45-failover-decision.drl:")
                .contains("availability index 30 is at or below Server_Availability_Threshold 30 on Mail1/Acme")
                .contains("  in B: FailoverDecision at-threshold: SERVED, served by Mail1/Acme\n"
                        + "    └─ Mail1/Acme can take request at-threshold (OPEN_BOOKMARK)  [F1, rule \"A request its "
                        + "server can take is served there\", " + b.resolve("45-failover-decision.drl"))
                .endsWith("\n1 changed, 0 added, 0 removed\n");
    }

    @Test
    void twoFactFilesOnOneRulePackShowWhatTheTopologyChangeChanges() {
        Cli run = Cli.run("--rules", "rules", "diff", BOTH_UP, PRIMARY_DOWN);
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("\nchanged  FreeBusyLookup freebusy: outcome SUCCEEDS → FAILS, via DominoA/Acme "
                + "→ DominoB/Acme, reason none → CALENDAR_SERVER_UNREACHABLE\n")
                .contains("\nadded    MailRoute invite: DELIVERED via DominoB/Acme (document B, SMTP)\n");
    }

    @Test
    void aFileAgainstItselfDoesNotDifferAndExitsZero() {
        Cli run = Cli.run("--rules", "rules", "diff", BOTH_UP, BOTH_UP);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("A: " + BOTH_UP + "\nB: " + BOTH_UP + "\nno conclusion differs\n");
    }

    @Test
    void oneFileNeedsBothRuleFolders() {
        Cli run = Cli.run("diff", BOTH_UP, "--rules-a", "rules");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("expected one FILE with both --rules-a and --rules-b, or two "
                + "FILEs without them, found 1 file and --rules-a\n");
    }

    @Test
    void helpTeachesTheExitCodes() {
        Cli run = Cli.run("diff", "--help");
        assertThat(run.out()).contains("0   no conclusion differs").contains("1   at least one conclusion differs")
                .contains("failwise diff site.json --rules-a rules --rules-b my-rules");
    }
}
