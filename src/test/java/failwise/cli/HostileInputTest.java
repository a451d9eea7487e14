package failwise.cli;

import static failwise.cli.Cli.FACTS;
import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile fact files through {@code failwise evaluate}: each gives located lines of its own, no stack trace, and the
 * good file of the same call is still evaluated. The big files are made here rather than kept as fixtures.
 */
class HostileInputTest {
    private static final String GOOD = FACTS + "busy-home-server.json";
    private static final String GOOD_FOR_THE_PACK =
            "test-facts/failover/f1-busy-mail-server-sends-a-mail-open-to-its-cluster-mate.yaml";

    @TempDir
    Path dir;

    @Test
    void eachHostileFileGetsItsOwnLocatedLinesAndTheGoodFileIsStillEvaluated() throws IOException {
        Files.createDirectory(dir.resolve("a-directory.json"));
        Files.write(dir.resolve("empty.json"), new byte[0]);
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        Files.write(dir.resolve("binary.json"), garbage);
        Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
        Files.writeString(dir.resolve("fifty-megabytes.json"), "{\"name\": \"" + "x".repeat(50 << 20) + "\"}");
        Files.writeString(dir.resolve("laughs.yaml"), "name: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + "description: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nservers: [*b, *b, *b, *b, *b, *b, *b, *b]\n");
        Files.writeString(dir.resolve("java-tag.yaml"), "name: !!java.lang.Runtime x\n");

        Cli run = Cli.run("--rules", RULES, "evaluate", dir.resolve("a-directory.json").toString(),
                dir.resolve("empty.json").toString(), dir.resolve("binary.json").toString(),
                dir.resolve("deep.json").toString(), dir.resolve("fifty-megabytes.json").toString(),
                dir.resolve("laughs.yaml").toString(), dir.resolve("java-tag.yaml").toString(), GOOD);

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Arrays.asList(run.err().split("\n"))).containsExactly(
                dir.resolve("a-directory.json") + ": io: /: expected a file, found a directory",
                dir.resolve("empty.json") + ":1:1: syntax: /: expected a JSON object, found an empty file",
                dir.resolve("binary.json") + ":1:1: syntax: /: expected a value, found the control character U+0099",
                dir.resolve("deep.json") + ":1:65: limit: " + "/0".repeat(64)
                        + ": expected nesting at most 64 levels deep, found 100000 levels",
                dir.resolve("fifty-megabytes.json") + ":1:10: limit: /name: expected a string of at most 65536 "
                        + "characters, found 52428800 characters",
                dir.resolve("laughs.yaml") + ":2:18: unsupported: /description/0: expected a plain value, found the "
                        + "alias `*a` (anchors and aliases are not supported)",
                dir.resolve("java-tag.yaml") + ":1:7: unsupported: /name: expected a plain value, found the tag "
                        + "`!!java.lang.Runtime` (tags are not supported)");
        assertThat(run.out()).startsWith(GOOD + "  Busy home server").contains("  expect: 4 met");
    }

    @Test
    void utf16FilesWithAByteOrderMarkAreRead() throws IOException {
        String json = Files.readString(Path.of(GOOD));
        Path little = Files.write(dir.resolve("little-endian.json"), ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16LE));
        Path big = Files.write(dir.resolve("big-endian.yaml"),
                ("\uFEFF" + Files.readString(Path.of(FACTS + "busy-home-server.yaml"))).getBytes(StandardCharsets.UTF_16BE));

        Cli run = Cli.run("--rules", RULES, "evaluate", little.toString(), big.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).as(run.toString()).startsWith(little + "  Busy home server").contains(big + "  The same busy home server");
    }

    @Test
    void anUnreadableFileIsOneLineAndTheGoodFileIsStillEvaluated() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
        Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        Cli run = Cli.run("--rules", RULES, "evaluate", locked.toString(), GOOD);

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo(locked + ": io: /: cannot read the file: permission denied\n");
        assertThat(run.out()).startsWith(GOOD + "  Busy home server");
    }

    @Test
    void aRuleThatRetriggersItselfIsStoppedAndNamedWithItsPlace() {
        Path rules = Path.of("src/test/resources/runaway-rules");

        // A hang guard, not a benchmark: the firing limit must end the run long before this.
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("--rules", rules.toString(),
                "evaluate", GOOD));

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.RULES);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).singleElement().asString()
                .startsWith(rules.resolve("runaway.drl") + ":21:1: runaway-rules: expected the rules to come to rest on "
                        + GOOD + ", found them still firing at the limit of ")
                .contains("most fired: `A visit counts itself again` (");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFileTooBigForTheHeapIsOneLineAndTheGoodFileIsStillEvaluated() throws Exception {
        Path big = dir.resolve("estate");
        Cli made = Cli.run("bench", "generate", "--servers", "3000", "--replicas", "60000", "--requests", "30000",
                "--out", big.toString());
        assertThat(made.code()).as(made.toString()).isZero();
        Path file;
        try (var files = Files.list(big)) {
            file = files.findFirst().orElseThrow();
        }

        // A fresh JVM with a small heap, started as a user starts failwise (Main, not picocli's execute), with the
        // full pack: some 100,000 facts need several hundred megabytes of working memory.
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBin, "-Xmx128m", "-XX:-UsePerfData",
                "-Dfailwise.cache.dir=" + System.getProperty("failwise.cache.dir", "target/rule-cache"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--rules", "rules", "evaluate", file.toString(), GOOD_FOR_THE_PACK)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        boolean ended = process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));

        assertThat(ended).as("ended within two minutes").isTrue();
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.lines().toList()).singleElement().asString()
                .startsWith(file + ": out-of-memory: /: expected the file to fit in the Java heap of ")
                .contains("give Java more heap (java -Xmx8g -jar failwise.jar ...) or split the file");
        assertThat(out).startsWith(GOOD_FOR_THE_PACK + "  F1/F7: a BUSY mail server").contains("  expect: 1 met");
    }
}
