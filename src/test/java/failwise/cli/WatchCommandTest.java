package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.watch.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives a watch in-process on copies of the test pack and a fact file, editing them as a consultant would. */
class WatchCommandTest {
    /** What a consultant waits for after saving a file. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    private static final String BUSY_TEST = "$index < number )";
    private static final String T4_PATTERN = "    not Busy( server == $home )";

    @TempDir
    Path dir;

    private Path rules;
    private Path facts;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Watcher watcher;
    private Thread thread;

    @BeforeEach
    void startWatching() throws Exception {
        rules = Files.createDirectory(dir.resolve("rules"));
        Files.copy(Path.of(Cli.RULES, "failover.drl"), rules.resolve("failover.drl"));
        facts = dir.resolve("site.json");
        Files.copy(Path.of(Cli.FACTS, "busy-home-server.json"), facts);
        RuleBase compiled = RuleBase.compile(RuleSource.directory(rules).files());
        watcher = WatchCommand.watcher(compiled, rules, List.of(facts), new PrintWriter(out, true),
                new PrintWriter(err, true), Clock.fixed(Instant.parse("2026-01-01T09:30:00Z"), ZoneOffset.UTC),
                Duration.ofMillis(100), Duration.ofMillis(30));
        thread = new Thread(watcher::run, "watch-under-test");
        thread.start();
        await(out, "; Ctrl-C stops\n", Duration.ofSeconds(30));
    }

    @AfterEach
    void stopWatching() throws InterruptedException {
        watcher.stop();
        thread.join(PROMPTLY.toMillis());
        assertThat(thread.isAlive()).as("the watch stops when asked").isFalse();
        assertThat(out + err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void firstTheWholeReportThenEachRuleEditAsTheConclusionsItChanged() throws Exception {
        assertThat(out.toString()).startsWith(facts + "  Busy home server: open fails over to the most available "
                        + "replica\n  Request open-mail: ")
                .contains("\n    FailoverDecision open-mail: FAILOVER, served by Mail2/Acme (causes: SERVER_BUSY)")
                .endsWith("watching the rules in " + rules + " and 1 fact file; Ctrl-C stops\n");

        // A server is now BUSY above its threshold instead of below: Mail1 (20, threshold 30) no longer is.
        edit(rules.resolve("failover.drl"), BUSY_TEST, "$index > number )");
        await(out, facts + "\n  ~ FailoverDecision open-mail: outcome FAILOVER → SERVED, servedBy Mail2/Acme → "
                + "Mail1/Acme, causes SERVER_BUSY → none\n", PROMPTLY);
        assertThat(out.toString()).contains("\n[09:30:00] changed: " + rules.resolve("failover.drl") + "\n");

        // Removing the rule that concludes SERVED takes both SERVED decisions away.
        String text = Files.readString(rules.resolve("failover.drl"));
        int start = text.indexOf("rule \"A request to a server that is not BUSY is served there\"");
        Files.writeString(rules.resolve("failover.drl"), text.substring(0, start)
                + text.substring(text.indexOf("\nend\n", start) + 5));
        await(out, "  - FailoverDecision open-mail: SERVED, served by Mail1/Acme  [T4, rule \"A request to a server "
                + "that is not BUSY is served there\", ", PROMPTLY);
        await(out, "  - FailoverDecision open-on-mail3: SERVED", PROMPTLY);
    }

    @Test
    void aBrokenRuleFileIsLocatedAndTheLastGoodRulesStayInForceForFactEdits() throws Exception {
        Path drl = rules.resolve("failover.drl");
        edit(drl, BUSY_TEST, "$index > number )");
        await(out, "~ FailoverDecision open-mail: outcome FAILOVER → SERVED", PROMPTLY);

        edit(drl, T4_PATTERN, "    not Busy( server == $home");
        int thenLine = lineOf(drl, "    not Busy( server == $home") + 1;
        await(err, drl + ":" + thenLine + ":1: rule-syntax: mismatched input 'then' in rule \"A request to a server "
                + "that is not BUSY is served there\"\n" + rules + ": keeping the last good rules\n", PROMPTLY);

        // Mail1 at 50 is BUSY only under the last good rules (50 > 30), not under the original ones.
        edit(facts, "\"availabilityIndex\": 20", "\"availabilityIndex\": 50");
        await(out, facts + "\n  ~ FailoverDecision open-mail: outcome SERVED → FAILOVER, servedBy Mail1/Acme → "
                + "Mail2/Acme, causes none → SERVER_BUSY\n", PROMPTLY);
    }

    @Test
    void movingEveryRuleFileAwayWarnsAndKeepsTheLastGoodRules() throws Exception {
        Files.move(rules.resolve("failover.drl"), dir.resolve("failover.drl.moved"));
        await(err, rules + ": no .drl rule files left; keeping the last good rules\n", PROMPTLY);

        // The last good rules still conclude: Mail1 stays BUSY and the open now goes to Mail3, the most available.
        edit(facts, "\"availabilityIndex\": 80", "\"availabilityIndex\": 10");
        await(out, facts + "\n  ~ FailoverDecision open-mail: servedBy Mail2/Acme → CN=Mail3/O=Acme\n", PROMPTLY);
    }

    @Test
    void anInvalidFactFileIsReportedAndTheWatchGoesOnFromItsLastGoodConclusions() throws Exception {
        String good = Files.readString(facts);
        Files.writeString(facts, good.replace("\"availabilityIndex\": 20", "\"availabilityIndex\": \"twenty\""));
        await(err, facts + ":4:69: wrong-type: /servers/0/availabilityIndex: expected an integer, found the string "
                + "`twenty`\n", PROMPTLY);

        Files.writeString(facts, good.replace("\"availabilityIndex\": 80", "\"availabilityIndex\": 10"));
        await(out, facts + "\n  ~ FailoverDecision open-mail: servedBy Mail2/Acme → CN=Mail3/O=Acme\n", PROMPTLY);
    }

    @Test
    void aSaveThatChangesNoConclusionSaysSo() throws Exception {
        edit(facts, "\"name\": \"Busy home server", "\"name\": \"A busy home server");
        await(out, facts + ": no change in conclusions\n", PROMPTLY);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static int lineOf(Path file, String line) throws IOException {
        return Files.readAllLines(file).indexOf(line) + 1;
    }

    /** Waits until {@code text} appears in {@code output}, failing with the whole output after {@code limit}. */
    private static void await(StringWriter output, String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!output.toString().contains(text)) {
            if (System.nanoTime() > deadline) {
                assertThat(output.toString()).as("within " + limit).contains(text);
            }
            Thread.sleep(20);
        }
    }
}
