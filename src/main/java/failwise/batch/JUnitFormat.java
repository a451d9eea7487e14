package failwise.batch;

import failwise.model.Expectation;
import failwise.model.Problem;
import failwise.verify.CaseResult;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * The batch report for CI servers, as JUnit XML: a testsuite per file and a testcase per expectation, a file that
 * could not be evaluated is one testcase with an {@code <error>}. No times are written, so equal runs give equal
 * bytes; the rule coverage, when asked for, is a last testsuite.
 */
public final class JUnitFormat implements ResultFormat {
    private final PrintWriter out;

    public JUnitFormat(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"failwise batch\">");
    }

    @Override
    public void file(CaseResult result) {
        String file = result.source();
        if (result.status() == CaseResult.Status.ERROR) {
            List<Problem> problems = result.allProblems();
            String first = problems.isEmpty() ? "could not be evaluated" : problems.get(0).message();
            String code = problems.isEmpty() ? "error" : problems.get(0).code();
            suite(file, 1, 0, 1);
            out.println("    <testcase classname=" + Xml.attr(file) + " name=\"evaluates\">");
            out.println("      <error message=" + Xml.attr(first) + " type=" + Xml.attr(code) + ">"
                    + Xml.text(TextFormat.problems(result)) + "</error>");
            out.println("    </testcase>");
        } else {
            Map<String, String> written = result.evaluation().writtenNames();
            suite(file, result.expectations().size(), result.failed().size(), 0);
            for (ExpectationResult r : result.expectations()) {
                String open = "    <testcase classname=" + Xml.attr(file) + " name=" + Xml.attr(name(r.expectation()));
                if (r.met()) {
                    out.println(open + "/>");
                } else {
                    String text = ExpectationText.failure(r, written);
                    out.println(open + ">");
                    out.println("      <failure message=" + Xml.attr(text) + " type=\"expectation\">" + Xml.text(text)
                            + "</failure>");
                    out.println("    </testcase>");
                }
            }
        }
        out.println("  </testsuite>");
        out.flush();
    }

    @Override
    public void end(Tally tally, Coverage coverage) {
        if (coverage != null) {
            boolean checked = coverage.minimum() != null;
            suite("rule coverage", checked ? 1 : 0, coverage.failsMinimum() ? 1 : 0, 0);
            if (checked) {
                String open = "    <testcase classname=\"rule coverage\" name="
                        + Xml.attr("rule coverage is at least " + coverage.minimumText() + "%");
                if (coverage.failsMinimum()) {
                    out.println(open + ">");
                    out.println("      <failure message=" + Xml.attr(coverage.belowLine()) + " type=\"coverage\"/>");
                    out.println("    </testcase>");
                } else {
                    out.println(open + "/>");
                }
            }
            StringBuilder listing = new StringBuilder(coverage.line());
            coverage.unfired().forEach(r -> listing.append("\nfired in no file: ").append(Coverage.entry(r)));
            out.println("    <system-out>" + Xml.text(listing.toString()) + "</system-out>");
            out.println("  </testsuite>");
        }
        out.println("</testsuites>");
        out.flush();
    }

    private void suite(String name, int tests, int failures, int errors) {
        out.println("  <testsuite name=" + Xml.attr(name) + " tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\">");
    }

    /** {@code /expect/0 {type=FailoverDecision, request=r1}}: where it is and what it asks, unique in the file. */
    private static String name(Expectation e) {
        return e.pointer() + " " + (e.absent() ? "absent " : e.only() ? "only " : "") + ExpectationText.expected(e);
    }

    /** Escaping for XML 1.0, which also cannot carry most control characters at all. */
    static final class Xml {
        private Xml() {
        }

        static String attr(String s) {
            return "\"" + escape(s, true) + "\"";
        }

        static String text(String s) {
            return escape(s, false);
        }

        private static String escape(String s, boolean attribute) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    // In an attribute a raw line break would be read back as a space.
                    case '\n' -> out.append(attribute ? "&#10;" : "\n");
                    case '\r' -> out.append("&#13;");
                    case '\t' -> out.append(attribute ? "&#9;" : "\t");
                    default -> out.append(allowed(s, i) ? c : '\uFFFD');
                }
            }
            return out.toString();
        }

        private static boolean allowed(String s, int i) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            }
            if (Character.isLowSurrogate(c)) {
                return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            }
            return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
        }
    }
}
