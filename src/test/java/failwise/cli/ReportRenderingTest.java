package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.report.FileReport;
import failwise.report.ReportBuilder;
import failwise.verify.CaseRunner;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the coexistence seed files rendered by a real browser (headless Chromium): the DOM after the
 * page's script ran, and a screenshot kept as a build artefact at {@code target/report-screenshot.png}.
 */
class ReportRenderingTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOT = Path.of("target/report-screenshot.png");
    private static final Map<String, Integer> RANK = Map.of("ERROR", 3, "WARNING", 2, "INFO", 1);

    @TempDir
    static Path profile;

    private static List<String> seeds;
    private static String html;
    private static String dom;

    @BeforeAll
    static void renderTheSeedReport() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "chromium not installed: apt-get install chromium to run the rendering test");
        try (Stream<Path> files = Files.list(Path.of("test-facts/coexistence"))) {
            seeds = files.map(Path::toString).filter(f -> f.matches(".*/x\\d-seed-.*\\.json")).sorted().toList();
        }
        Path page = Path.of("target/report-rendering/seeds.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        List<String> args = new ArrayList<>(List.of("report", "--sweep", "--html", page.toString()));
        args.addAll(seeds);
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.toString()).isZero();
        html = Files.readString(page);
        dom = chromium("--dump-dom", page.toUri().toString());
        Files.deleteIfExists(SCREENSHOT);
        chromium("--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1400,2000", page.toUri().toString());
    }

    @Test
    void theScriptSortedEveryFindingsTableMostSevereFirst() {
        Matcher tables = Pattern.compile("<table class=\"findings sortable\" id=\"(f\\d+)-findings-table\""
                + " data-sorted=\"severity\">(.*?)</table>", Pattern.DOTALL).matcher(dom);
        int sorted = 0;
        boolean reordered = false;
        while (tables.find()) {
            sorted++;
            List<String> after = severities(tables.group(2));
            assertThat(after).isSortedAccordingTo((a, b) -> RANK.get(b) - RANK.get(a));
            assertThat(tables.group(2)).contains("<th data-sort=\"severity\" data-default=\"\" "
                    + "aria-sort=\"descending\"><button type=\"button\">Severity</button></th>");
            reordered |= !after.equals(severities(table(html, tables.group(1))));
        }
        assertThat(sorted).as("findings tables sorted by the script").isEqualTo(count(html, "findings-table"));
        assertThat(sorted).isPositive();
        assertThat(reordered).as("at least one table was not already in severity order").isTrue();
    }

    @Test
    void everyMatrixCellAndWhyTreeOfTheModelIsInTheRenderedPage() throws Exception {
        RuleBase rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
        CaseRunner runner = new CaseRunner(rules, true);
        ReportBuilder builder = new ReportBuilder();
        int cells = 0;
        int whys = 0;
        for (String seed : seeds) {
            FileReport f = builder.build("f", runner.run(Path.of(seed)), null, List.of());
            cells += f.matrix().rows().size() * f.matrix().columns().size();
            whys += f.whys().size();
        }
        assertThat(cells).isPositive();
        assertThat(count(dom, "<td class=\"cell")).isEqualTo(cells);
        assertThat(count(dom, "<details class=\"why\"")).isEqualTo(whys);
        assertThat(dom).contains("<div class=\"tools\">").doesNotContain("<div class=\"tools\" hidden");
        assertThat(count(dom, "<table class=\"impact sortable\">")).isEqualTo(count(html, "<table class=\"impact"))
                .isPositive();
        assertThat(dom).contains("<th data-sort=\"text\"><button type=\"button\">Servers lost</button></th>");
    }

    @Test
    void theScreenshotIsAWholePng() throws IOException {
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertThat(header.getInt()).isEqualTo(1400);
        assertThat(header.getInt()).isEqualTo(2000);
        assertThat(png.length).as("a page with content, not a blank one").isGreaterThan(50_000);
    }

    private static String chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(profile, "chromium", ".log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        assertThat(p.exitValue()).as("chromium exit; its log: %s", Files.readString(log)).isZero();
        Files.deleteIfExists(log);
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String table(String page, String fileId) {
        int start = page.indexOf("id=\"" + fileId + "-findings-table\"");
        return page.substring(start, page.indexOf("</table>", start));
    }

    private static List<String> severities(String table) {
        Matcher m = Pattern.compile("<td data-value=\"(\\w+)\">").matcher(table);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
