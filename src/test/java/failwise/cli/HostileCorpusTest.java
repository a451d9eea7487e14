package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the hostile-input corpus of {@code src/test/resources/hostile/cases.txt}: each case's exit code and the one
 * line it must print, and for every case that no stack trace and no character a terminal acts on reaches the output.
 * The inputs that cannot be kept as files (a named pipe, bytes that are not UTF-8, texts too long to keep) are made
 * here, under {@code {gen}}.
 */
class HostileCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Pattern GENERATED = Pattern.compile("\\{gen:([a-z-]+)}");

    @TempDir
    static Path gen;

    @TempDir
    Path tmp;

    private static final Map<String, String> VALUES = new java.util.HashMap<>();

    record Case(String name, int exit, String line, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ", 4);
            assertThat(parts).as(line).hasSize(4);
            cases.add(new Case(parts[0].strip(), Integer.parseInt(parts[1].strip()), parts[2].strip(),
                    Arrays.asList(parts[3].strip().split("\\s+"))));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        return cases.stream();
    }

    @BeforeAll
    static void makeTheInputsThatCannotBeKept() throws Exception {
        ByteArrayOutputStream latin1Yaml = new ByteArrayOutputStream();
        latin1Yaml.write("name: Acme\nservers:\n  - name: Mail1/Acme\n    cluster: Caf".getBytes(StandardCharsets.US_ASCII));
        latin1Yaml.write(0xE9);
        latin1Yaml.write('\n');
        Files.write(gen.resolve("latin1.yaml"), latin1Yaml.toByteArray());
        ByteArrayOutputStream latin1Json = new ByteArrayOutputStream();
        latin1Json.write("{\"name\": \"Acme\", \"servers\": [{\"name\": \"Caf".getBytes(StandardCharsets.US_ASCII));
        latin1Json.write(0xE9);
        latin1Json.write("\"}]}".getBytes(StandardCharsets.US_ASCII));
        Files.write(gen.resolve("latin1.json"), latin1Json.toByteArray());
        String good = Files.readString(Path.of(Cli.FACTS, "busy-home-server.json"));
        Files.write(gen.resolve("utf16.json"), ("\uFEFF" + good).getBytes(StandardCharsets.UTF_16LE));

        Path latin1Rules = Files.createDirectory(gen.resolve("latin1-rules"));
        ByteArrayOutputStream drl = new ByteArrayOutputStream();
        drl.write("package t\n\n// caf".getBytes(StandardCharsets.US_ASCII));
        drl.write(0xE9);
        drl.write(" au lait\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(latin1Rules.resolve("latin1.drl"), drl.toByteArray());
        Path bomRules = Files.createDirectory(gen.resolve("bom-rules"));
        Files.writeString(bomRules.resolve("failover.drl"),
                "\uFEFF" + Files.readString(Path.of(Cli.RULES, "failover.drl")), StandardCharsets.UTF_8);

        Files.writeString(gen.resolve("long-name.json"), "{\"servers\": [{\"name\": \"" + "x".repeat(70_000) + "\"}]}");

        VALUES.put("set-line-break", "Mail1/Acme.stat\nFAIL forged=DOWN");
        VALUES.put("set-escape", "Mail2/Acme.cluster=\u001b[31mred");
        String longValue = "Mail2/Acme.cluster=" + "x".repeat(100_000);
        VALUES.put("set-long-value", longValue);
        VALUES.put("set-long-value-line", Cli.FACTS + "busy-home-server.json: limit: /servers/1/cluster: expected a "
                + "string of at most 65536 characters, found 100000 characters (after --set '" + longValue + "')");
        String longKey = "Mail2/Acme.notesIni." + "k".repeat(70_000) + "=1";
        VALUES.put("set-long-key", longKey);
        VALUES.put("set-long-key-line", Cli.FACTS + "busy-home-server.json: limit: /servers/1/notesIni: expected a "
                + "key of at most 65536 characters, found 70000 characters (after --set '" + longKey + "')");

        Process mkfifo = new ProcessBuilder("mkfifo", gen.resolve("pipe.json").toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for the special-file cases");
    }

    private String fill(String text) {
        Matcher m = GENERATED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(VALUES.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace("{corpus}", CORPUS.toString()).replace("{bad}", "src/test/resources/bad-facts")
                .replace("{tmp}", tmp.toString()).replace("{gen}", gen.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileInputGetsItsExitCodeAndItsLine(Case c) {
        String[] args = c.args().stream().map(this::fill).toArray(String[]::new);

        // A hang guard, not a benchmark: a hostile input must be refused, not waited on.
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run(args));

        String shown = run.toString().length() > 4000 ? run.toString().substring(0, 4000) + "…" : run.toString();
        assertThat(run.code()).as(shown).isEqualTo(c.exit());
        List<String> lines = new ArrayList<>(run.out().lines().toList());
        lines.addAll(run.err().lines().toList());
        assertThat(lines).as(shown).contains(fill(c.line()));
        assertThat(run.out() + run.err()).as(shown).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("\u001b").doesNotContain("\r");
        if (c.exit() >= 3) {
            // One line per problem, and each case has one (batch prints it in its report). A usage error is followed by the usage.
            assertThat(run.err().lines().count()).as(shown).isLessThanOrEqualTo(1);
        }
    }
}
