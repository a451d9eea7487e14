package failwise.cli;

import static failwise.cli.Cli.FACTS;
import static failwise.cli.Cli.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report read leniently, as text: the elements, anchors and words that must be there, and the
 * things that must never be (a fetch, an unescaped character of a fact file).
 */
class ReportCommandTest {
    private static final String DOCUMENT_ACCESS =
            "test-facts/coexistence/x6-seed-document-access-defeats-readers-fix.json";
    private static final String SURVIVES = "test-facts/coexistence/x5-seed-readers-fix-survives-primary-loss.json";
    private static final String SEED_ROW_1 =
            "test-facts/coexistence/x1-seed-both-coexistence-servers-up-primary-takes-everything.json";
    private static final String HOSTILE = "src/test/resources/report/markup-in-every-text-field.json";

    @TempDir
    Path dir;

    /** The DocumentAccess seed's report, rendered once: most tests only read it. */
    private static String seed;

    @BeforeAll
    static void renderTheDocumentAccessSeed(@TempDir Path shared) throws Exception {
        Path out = shared.resolve("seed.html");
        Cli run = Cli.run("report", "--html", out.toString(), DOCUMENT_ACCESS);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out + " (1 file)\n");
        seed = Files.readString(out);
    }

    private String report(Cli[] run, String... files) throws Exception {
        Path out = dir.resolve("report.html");
        List<String> args = new ArrayList<>(List.of("report", "--html", out.toString()));
        args.addAll(List.of(files));
        run[0] = Cli.run(args.toArray(String[]::new));
        return Files.exists(out) ? Files.readString(out) : "";
    }

    @Test
    void oneFileGetsEverySectionAndNoContentsTable() {
        String html = seed;
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("<section class=\"file\" id=\"f1\">", "id=\"f1-topology\"", "id=\"f1-matrix\"",
                        "id=\"f1-findings\"", "id=\"f1-why\"")
                .doesNotContain("id=\"contents\"", "id=\"f1-impact\"");
        // Topology: each server with its state, each document with its Readers and DocumentAccess.
        assertThat(html).contains("<td>DominoA/Acme</td><td class=\"state-DOWN\">DOWN</td>",
                "<li class=\"mono\">CN=DominoB/O=Acme</li>", "<li class=\"mono\">[NetModifier]</li>");
    }

    @Test
    void theMatrixSaysInWordsWhatEachServerDidForEachRequest() {
        String html = seed;
        String freebusy = row(html, "freebusy");
        assertThat(freebusy).contains("<span class=\"badge tone-bad\">FAILS</span>")
                .contains("<div class=\"part tone-role\"><b>asks</b></div>")
                .contains("<div class=\"part tone-bad\"><b>connector</b></div>")
                .contains("<b>calendar server</b><span class=\"note\">unreachable</span>")
                .contains("<b>console</b><span class=\"note\">Warning: Multiple documents detected for domain "
                        + "&#39;BTEx&#39;");
        String why = freebusy.replaceFirst("(?s).*?<a href=\"#(f1-why-\\d+)\".*", "$1");
        assertThat(freebusy).contains("<a class=\"whynot-link\" href=\"#" + why + "\">why not</a>");
        assertThat(row(html, "mail")).doesNotContain("whynot-link");
        assertThat(row(html, "mail")).contains("<span class=\"badge tone-ok\">DELIVERED</span>",
                "<b>gateway</b><span class=\"note\">document B; SMTP</span>");
        // Columns: the four servers the rows involve, in the file's order, each with its state.
        assertThat(headers(html)).containsExactly("Mail1/Acme", "DominoA/Acme", "DominoB/Acme");
        assertThat(count(html, "<td class=\"cell")).isEqualTo(2 * 3);
    }

    @Test
    void theWhyTreeOfARequestSaysWhatExplainSays() {
        String html = seed;
        Cli explain = Cli.run("explain", DOCUMENT_ACCESS, "--request", "freebusy");
        assertThat(explain.code()).isZero();
        List<String> steps = explain.out().lines().filter(l -> l.matches("^[│├└─ ]+.*") && l.contains("─ "))
                .map(ReportCommandTest::stepText).toList();
        assertThat(steps).hasSizeGreaterThan(20);
        for (String step : steps) {
            assertThat(html).as("the step `%s`", step).contains(">" + escape(step) + "</span>");
        }
        List<String> inShort = explain.out().lines().filter(l -> l.matches("^\\s+\\d+\\. .*"))
                .map(l -> l.replaceFirst("^\\s+\\d+\\. ", "")).toList();
        assertThat(inShort).hasSizeGreaterThan(20);
        for (String step : inShort) {
            assertThat(html).as("the step `%s`", step).contains("<li>" + escape(step) + "</li>");
        }
        String documented = explain.out().substring(explain.out().indexOf("Documented in:\n") + 15);
        for (String line : documented.lines().toList()) {
            String[] parts = line.trim().split("  ", 2);
            assertThat(html).contains("<dt>" + parts[0] + "</dt><dd>" + escape(parts[1]) + "</dd>");
        }
        assertThat(html).contains("<details class=\"why\" id=\"f1-why-", "<details open><summary>",
                "<span class=\"rule\">[X3, rule &quot;A lookup fails when", "<code class=\"ptr\">/requests/1</code>");
    }

    @Test
    void aFailedLookupCarriesTheWhyNotExplainGivesWithItsVerifiedChange() {
        Cli explain = Cli.run("explain", DOCUMENT_ACCESS, "--request", "freebusy");
        assertThat(explain.code()).isZero();
        String whyNot = explain.out().substring(explain.out().indexOf("\nWhy not another outcome than FAILS"));
        whyNot = whyNot.substring(1, whyNot.indexOf("\n\n", 1));
        List<String> lines = whyNot.lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("    - --set '"));
        int obstacles = 0;
        for (String line : lines.subList(1, lines.size())) {
            Matcher obstacle = Pattern.compile("^    - (.+)  \\[(.+)]$").matcher(line);
            Matcher remedy = Pattern.compile("^    - (.+)  → (\\w+)$").matcher(line);
            if (remedy.matches()) {
                assertThat(seed).contains("<code class=\"set\">" + escape(remedy.group(1)) + "</code> → <span "
                        + "class=\"badge tone-ok\">" + remedy.group(2) + "</span>");
            } else if (obstacle.matches()) {
                obstacles++;
                assertThat(seed).contains("<li><span class=\"says\">" + escape(obstacle.group(1)) + "</span><span "
                        + "class=\"rule\">[" + escape(obstacle.group(2)) + "]</span></li>");
            } else if (line.startsWith("        ")) {
                assertThat(seed).contains("<li>" + escape(line.trim()) + "</li>");
            }
        }
        assertThat(obstacles).isPositive();
        assertThat(seed).contains("<h5>Why not another outcome than FAILS</h5>",
                "<span class=\"badge tone-shifted\">why not, and a verified fix</span>");
        // Outcomes the user wanted get no why-not unless asked, as in explain.
        assertThat(count(seed, "<div class=\"whynot\">")).isEqualTo(1);
    }

    @Test
    void findingsCarryTheirSeverityForSortingAndLinkToTheirWhyTree() {
        String html = seed;
        assertThat(html).contains("<table class=\"findings sortable\" id=\"f1-findings-table\">",
                "<th data-sort=\"severity\" data-default>Severity</th>");
        Matcher severities = Pattern.compile("<td data-value=\"(\\w+)\">").matcher(html);
        List<String> found = new ArrayList<>();
        while (severities.find()) {
            found.add(severities.group(1));
        }
        // In the file's order (by subject); the page's script sorts them, the rendering test checks that.
        assertThat(found).containsExactly("ERROR", "ERROR", "INFO", "WARNING");
        Matcher link = Pattern.compile("<a href=\"#(f1-why-\\d+)\">X6, rule ").matcher(html);
        assertThat(link.find()).isTrue();
        assertThat(html).contains("<details class=\"why\" id=\"" + link.group(1) + "\"><summary>Finding "
                + "DOCUMENT_ACCESS_DEFEATS_READERS A ERROR");
    }

    @Test
    void thePageFetchesNothing() throws Exception {
        Cli[] run = new Cli[1];
        String html = report(run, DOCUMENT_ACCESS, SURVIVES, HOSTILE);
        assertThat(html).doesNotContain("http://", "https://", "url(", "@import", "<link", "@font-face", "<iframe",
                "<object", "<embed");
        assertThat(markup(html)).doesNotContainPattern("<[a-z]+[^>]*\\s(src|srcset|data|poster|action)=");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertThat(href.group(1)).startsWith("#");
        }
    }

    @Test
    void markupInAFactFileIsShownAsTextNeverAsMarkup() throws Exception {
        Cli[] run = new Cli[1];
        String html = report(run, HOSTILE);
        assertThat(run[0].code()).as(run[0].toString()).isZero();
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(html).doesNotContain("<img", "<svg", "<b>title", "<i>", "<x>", "<DATABASE>", "<1>", "\"><script>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;ini&#39;)&lt;/script&gt;",
                "Hostile &lt;b&gt;title&lt;/b&gt; &amp; &quot;quotes&quot;", "&lt;img src=x onerror=alert(1)&gt;",
                "Cluster Mail&lt;i&gt;", "&lt;svg onload=alert(1)&gt;", "mail&quot;&gt;&lt;script&gt;");
        // Every '<' left in the markup opens or closes an element the report itself writes.
        String markup = markup(html);
        assertThat(count(markup, "<")).isEqualTo(count(markup, ">"));
        Matcher tags = Pattern.compile("<(/?)([a-zA-Z!][a-zA-Z0-9]*)").matcher(markup);
        while (tags.find()) {
            assertThat(tags.group(2).toLowerCase()).isIn("!doctype", "html", "head", "meta", "title", "style", "body",
                    "header", "h1", "h2", "h3", "h4", "span", "nav", "a", "main", "section", "p", "div", "b", "table",
                    "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "dl", "dt", "dd", "h5", "code", "details",
                    "summary", "button", "footer", "script");
        }
    }

    @Test
    void aBadFileGetsAnErrorSectionAndItsLocatedLineOnStderrWhileTheOthersAreReported() throws Exception {
        Cli[] run = new Cli[1];
        String html = report(run, FACTS + "malformed-json.json", DOCUMENT_ACCESS);
        assertThat(run[0].code()).as(run[0].toString()).isEqualTo(4);
        assertThat(run[0].err()).isEqualTo(FACTS + "malformed-json.json:3:48: syntax: /servers/0: expected a key in "
                + "double quotes, found `,`\n");
        assertThat(html).contains("<section class=\"file error\" id=\"f1\">",
                "<li class=\"mono\">" + FACTS + "malformed-json.json:3:48: syntax: /servers/0: expected a key in "
                        + "double quotes, found `,`</li>",
                "<section class=\"file\" id=\"f2\">", "id=\"f2-matrix\"")
                .contains("<nav class=\"toc\" id=\"contents\">", "<a href=\"#f1\">", "<a href=\"#f2\">",
                        "could not be evaluated");
        assertThat(run[0].out() + run[0].err()).doesNotContain("Exception");
    }

    @Test
    void exitCodesFollowEvaluate(@TempDir Path rules) throws Exception {
        Cli[] run = new Cli[1];
        Path out = dir.resolve("x.html");
        Cli failed = Cli.run("--rules", RULES, "report", FACTS + "expects-the-wrong-outcome.json", "--html",
                out.toString());
        assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
        assertThat(Files.readString(out)).contains("expect block: 1 of 2 met", "expect FAILED /expect/0:");
        Files.writeString(rules.resolve("broken.drl"), "package t\nrule \"Broken\"\nwhen\n  Server( \nthen\nend\n");
        Cli broken = Cli.run("--rules", rules.toString(), "report", DOCUMENT_ACCESS, "--html", out.toString());
        assertThat(broken.code()).as(broken.toString()).isEqualTo(3);
        assertThat(broken.err()).startsWith(rules.resolve("broken.drl") + ":");
        report(run, SURVIVES);
        assertThat(run[0].code()).isZero();
    }

    @Test
    void theReportReplacesTheOldOneWholeAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "old report");
        Cli run = Cli.run("report", SURVIVES, "--html", out.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").doesNotContain("old report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void anOutputInAFolderThatDoesNotExistIsAUsageError() {
        Cli run = Cli.run("report", SURVIVES, "--html", dir.resolve("no/such/folder/r.html").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("--html: expected a file in an existing folder, found `");
    }

    @Test
    void helpTeachesWithExamples() {
        Cli run = Cli.run("report", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: failwise report", "--html=OUT", "Examples:",
                "failwise report site.json --html site.html", "Exit codes:");
    }

    @Test
    void theSweepAddsTheFailureImpactTableWithWhatSweepFinds() throws Exception {
        Cli[] run = new Cli[1];
        String html = report(run, "--sweep", "--depth", "2", SEED_ROW_1);
        assertThat(run[0].code()).as(run[0].toString()).isZero();
        Cli sweep = Cli.run("sweep", "--depth", "2", "--format", "json", SEED_ROW_1);
        assertThat(sweep.code()).as(sweep.toString()).isZero();
        List<String> expected = new ArrayList<>();
        for (JsonNode impact : new ObjectMapper().readTree(sweep.out()).get("impacts")) {
            List<String> down = new ArrayList<>();
            impact.get("downServers").forEach(n -> down.add(n.asText()));
            for (JsonNode c : impact.get("changes")) {
                expected.add(String.join(" + ", down) + " | " + c.get("subject").asText() + " | "
                        + c.get("type").asText() + " | " + c.get("before").asText("none") + " | "
                        + c.get("after").asText("none"));
            }
        }
        assertThat(expected).isNotEmpty();
        Matcher rows = Pattern.compile("<tr><td>([^<]*)</td><td><a href=\"#f1-why-\\d+\">([^<]*)</a></td><td>([^<]*)"
                + "</td><td><span class=\"badge [^\"]*\">([^<]*)</span></td><td><span class=\"badge [^\"]*\">([^<]*)"
                + "</span></td><td><span class=\"badge tone-bad\">worse</span></td></tr>").matcher(html);
        List<String> shown = new ArrayList<>();
        while (rows.find()) {
            shown.add(rows.group(1) + " | " + rows.group(2) + " | " + rows.group(3) + " | " + rows.group(4) + " | "
                    + rows.group(5));
        }
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(html).contains("id=\"f1-impact\"", "<table class=\"impact sortable\">",
                "7 failures evaluated, each server down alone and each pair one request depends on down together");
    }

    @Test
    void depthNeedsTheSweepAndIsOneOrTwo() {
        Cli alone = Cli.run("report", SURVIVES, "--html", dir.resolve("r.html").toString(), "--depth", "2");
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).startsWith("--depth: only means something with --sweep\n");
        Cli three = Cli.run("report", SURVIVES, "--html", dir.resolve("r.html").toString(), "--sweep", "--depth", "3");
        assertThat(three.code()).isEqualTo(2);
        assertThat(three.err()).startsWith("--depth: expected 1 or 2, found `3`\n");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    /** The text of one step of explain's tree: without the branches, the [rule] tag, the (pointer). */
    private static String stepText(String line) {
        String text = line.replaceFirst("^[│├└─ ]+", "").replace("  (see above)", "");
        int tag = text.lastIndexOf("  [");
        int pointer = text.lastIndexOf("  (");
        int cut = Math.max(tag, pointer);
        return cut > 0 ? text.substring(0, cut) : text;
    }

    private static String row(String html, String request) {
        Matcher m = Pattern.compile("<tr><th class=\"req\" scope=\"row\"><a href=\"#f1-why-\\d+\" title=\"why\">"
                + Pattern.quote(request) + "</a>.*?</tr>").matcher(html);
        assertThat(m.find()).as("a matrix row for %s", request).isTrue();
        return m.group();
    }

    private static List<String> headers(String html) {
        Matcher m = Pattern.compile("<th class=\"server\" scope=\"col\">([^<]+)<").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The page without the bodies of its (one) style sheet and (one) script: what fact text can end up in. */
    private static String markup(String html) {
        return without(without(html, "<style>", "</style>"), "<script>", "</script>");
    }

    private static String without(String html, String open, String close) {
        int start = html.indexOf(open);
        return html.substring(0, start + open.length()) + html.substring(html.indexOf(close, start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
