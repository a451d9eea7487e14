package failwise.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders the whole report as one self-contained HTML page: the style sheet and the script are inlined from
 * this package's resources and a Content-Security-Policy forbids every fetch, so the file works offline, mailed
 * or archived, exactly as written.
 */
public final class HtmlReport {
    /** Nothing may be loaded from anywhere: only the inline style and script run. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:";

    private final String version;

    /** {@code version} is printed in the page footer so a report says which failwise wrote it. */
    public HtmlReport(String version) {
        this.version = version;
    }

    public String render(List<FileReport> files) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .openWith("meta", "http-equiv", "Content-Security-Policy", "content", POLICY).line()
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .el("title", null, title(files)).line()
                .raw("<style>\n").raw(resource("report.css")).raw("</style>\n</head>\n<body>\n");
        h.raw("<header class=\"top\">").el("h1", null, "failwise report")
                .el("span", "meta", files.size() == 1 ? "1 fact file" : files.size() + " fact files");
        h.raw("<nav aria-label=\"sections\">");
        if (files.size() > 1) {
            h.openWith("a", "href", "#contents").text("Contents").close("a");
        } else if (files.get(0).evaluated()) {
            String id = files.get(0).id();
            for (String[] link : FileSectionHtml.sections(files.get(0))) {
                h.openWith("a", "href", "#" + id + "-" + link[0]).text(link[1]).close("a");
            }
        }
        h.raw("</nav></header>\n<main>\n");
        if (files.size() > 1) {
            toc(h, files);
        }
        for (FileReport file : files) {
            new FileSectionHtml(h).render(file);
        }
        h.el("footer", null, "Written by " + version + ". Every conclusion links to the rules and facts behind it.");
        h.raw("</main>\n<script>\n").raw(resource("report.js")).raw("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String title(List<FileReport> files) {
        if (files.size() == 1) {
            FileReport f = files.get(0);
            return "failwise report: " + (f.title() == null ? f.source() : f.title());
        }
        return "failwise report: " + files.size() + " fact files";
    }

    private static void toc(Html h, List<FileReport> files) {
        h.openWith("nav", "class", "toc", "id", "contents").el("h2", null, "Contents").raw("<ol>");
        for (FileReport f : files) {
            h.raw("<li>").openWith("a", "href", "#" + f.id()).text(f.title() == null ? f.source() : f.title())
                    .close("a");
            if (!f.evaluated()) {
                h.raw(" ").el("span", "badge tone-bad", "could not be evaluated");
            } else if (!f.findings().isEmpty()) {
                h.raw(" ").el("span", "muted", "(" + f.findings().size() + " findings)");
            }
            h.el("span", "src mono", f.source()).raw("</li>");
        }
        h.raw("</ol></nav>\n");
    }

    /** A resource of this package; they are written for inlining (no closing style or script tag inside). */
    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
