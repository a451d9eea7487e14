package failwise.importer;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.facts.Limits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Import reads its inputs within the limits of fact files: size, nesting, length of a text or line, count. */
class ImportLimitsTest {
    private static final Path NAMES = Path.of("test-facts/import/acme/exports/names.dxl");
    private static final Path INI = Path.of("test-facts/import/acme/exports/notes-mail1.ini");

    private static Importer within(long bytes, int depth, int length, int count) {
        return new Importer(new Limits(bytes, depth, length, count));
    }

    private static Importer.Result run(Importer importer, Path input) {
        return importer.run(List.of(input, INI), null, false, "estate.yaml");
    }

    @Test
    void aFileOverTheSizeLimitIsOneLineAndTheOthersAreImported() {
        Importer.Result result = run(within(4096, 64, 65_536, 2_000_000), NAMES);

        assertThat(result.failed()).isTrue();
        assertThat(result.lines()).first().isEqualTo(NAMES + ": limit: expected a file of at most 4096 bytes, found more");
        assertThat(result.text()).contains("name: \"Mail1/Acme\"");
    }

    @Test
    void aTextLongerThanTheStringLimitStopsItsFile() {
        Importer.Result result = new Importer(new Limits(1 << 20, 64, 12, 2_000_000))
                .run(List.of(NAMES), null, false, "estate.yaml");

        assertThat(result.failed()).isTrue();
        assertThat(result.lines()).first().asString().matches("\\Q" + NAMES + "\\E:\\d+:\\d+: limit: expected texts of at "
                + "most 12 characters, found a longer one");
    }

    @Test
    void moreElementsThanTheFactLimitStopItsFile() {
        Importer.Result result = run(within(1 << 20, 64, 65_536, 50), NAMES);

        assertThat(result.failed()).isTrue();
        assertThat(result.lines()).anyMatch(l -> l.startsWith(NAMES + ":") && l.endsWith(": limit: expected at most "
                + "50 elements, found more"));
        // Nothing of a file that breaks off is imported: no half Directory.
        assertThat(result.text()).doesNotContain("ServersGrp");
    }

    @Test
    void aLineLongerThanTheStringLimitStopsATextFile() {
        Importer.Result result = new Importer(new Limits(1 << 20, 64, 20, 2_000_000))
                .run(List.of(INI), null, false, "estate.yaml");

        assertThat(result.lines()).first().asString().startsWith(INI + ":2:1: limit: expected lines of at most 20 "
                + "characters, found one of ");
    }
}
