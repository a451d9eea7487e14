package failwise.importer;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.FuzzEdits;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import failwise.facts.FactLoader;
import failwise.facts.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the import readers: the DXL reader, the console reader and the NOTES.INI reader, and
 * the YAML writer behind them. Property: any input imports without throwing; every line it earns is an input's
 * description, a located problem with a known code, or the summary; and a result without a failure loads as a
 * fact file without a problem. Without {@code JAZZER_FUZZ} this replays the kept inputs in
 * {@code ImportFuzzTestInputs/}; the build's {@code fuzz-import} execution fuzzes {@link #anyInput}.
 */
class ImportFuzzTest {
    private static final Set<String> CODES = Set.of(Report.UNKNOWN_INPUT, Report.SYNTAX, Report.LIMIT,
            Report.UNRECOGNISED_LINE, Report.UNSUPPORTED, Report.MISSING_ITEM, Report.UNKNOWN_REFERENCE,
            Report.DUPLICATE, Report.DISAGREEMENT, Report.NOTE, "unknown-group", "group-cycle", "duplicate-name");

    /** Small limits, so the fuzzer reaches each of them with inputs of a few hundred bytes. */
    private static final Importer SMALL = new Importer(new Limits(4096, 8, 64, 200));
    private static final Importer DEFAULT = new Importer();
    private static final FactLoader LOADER = new FactLoader();

    /** Fragments an edit may insert: XML structure and entities, console and NOTES.INI shapes, edge values. */
    private static final String[] FRAGMENTS = {"<", ">", "</item>", "<text>", "</text>", "<!DOCTYPE x [<!ENTITY e 'x'>]>",
        "&e;", "&amp;", "'", "\"", "\n", "\t", "=", ":", ",", "(state: BUSY)", "availability index: ", "101", "-1",
        "99999999999", "Server.Name = ", "[Notes]", "ServerName=", "#", "\\", "\u0000", "\uFEFF", "\u2028", "*a", "!!x"};

    private static final List<Sample> SAMPLES = samples();

    private record Sample(String name, String text) {
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"<document form='Server'>", "<item name='ServerName'>", "<item name='Members'>",
        "<textlist>", "<datetime>", "readers='true'", "<noteinfo noteid='1'>", "<acl>", "<aclentry name='x'>",
        "Cluster name: ", ", Server name: ", "Server availability threshold: ", "   server: ", "ServerTasks=",
        "Server.Users = ", "statistics found"})
    void anyInput(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 3)) {
            case 0 -> check(SMALL, "fuzz.dxl", "<?xml version='1.0'?><database xmlns='http://www.lotus.com/dxl'>"
                    + data.consumeRemainingAsString() + "</database>");
            case 1 -> check(SMALL, "fuzz.txt", "Cluster name: C, Server name: A/O\n" + data.consumeRemainingAsString());
            case 2 -> check(SMALL, "fuzz.ini", "[Notes]\nServerName=CN=A/O=Acme\n" + data.consumeRemainingAsString());
            default -> editedSample(data);
        }
    }

    /** Edits a fixture of test-facts/import a few times, so the fuzzer starts deep inside a real shape. */
    private static void editedSample(FuzzedDataProvider data) {
        Sample sample = SAMPLES.get(data.consumeInt(0, SAMPLES.size() - 1));
        String text = FuzzEdits.edit(data, sample.text(), FRAGMENTS);
        check(DEFAULT, sample.name(), text);
    }

    private static void check(Importer importer, String name, String text) {
        Importer.Result result = importer.run(List.of(new InputFile(name, text.getBytes(StandardCharsets.UTF_8))),
                "fuzz.yaml");
        Pattern located = Pattern.compile("\\Q" + name + "\\E(?::[1-9]\\d*:[1-9]\\d*)?: ([a-z-]+): [^\\n\\r\\u2028\\u2029]+");
        List<String> lines = result.lines();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).startsWith("imported ");
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = located.matcher(line);
            if (m.matches() && CODES.contains(m.group(1))) {
                continue;
            }
            assertThat(line).as("a description of the input").startsWith(name + ": ").doesNotContain("\n");
        }
        if (!result.failed()) {
            assertThat(LOADER.parse("fuzz.yaml", result.text()).problems()).as(result.text()).isEmpty();
        }
    }

    private static List<Sample> samples() {
        try (Stream<Path> files = Files.walk(Path.of("test-facts/import"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().matches(".*\\.(expected|ya?ml)$"))
                    .sorted().map(f -> new Sample(f.getFileName().toString(), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
