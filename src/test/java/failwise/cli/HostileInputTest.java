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
}
