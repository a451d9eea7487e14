package failwise.batch;

import failwise.model.Problem;
import failwise.verify.CaseResult;
import failwise.verify.ExpectationResult;
import failwise.verify.ExpectationText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch report to read: one line per file ({@code PASS}, {@code FAIL}, {@code UNCHECKED} or {@code ERROR}
 * and the file), under a
 * failure each unmet expectation beside the actual conclusions, under an error its located problems, then the
 * rule coverage when asked for, then the summary line.
 */
public final class TextFormat implements ResultFormat {
    private final PrintWriter out;

    public TextFormat(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() {
        // plain text needs no header
    }

    @Override
    public void file(CaseResult result) {
        lines(result).forEach(out::println);
        out.flush();
    }

    @Override
    public void end(Tally tally, Coverage coverage) {
        if (coverage != null) {
            if (!coverage.unfired().isEmpty()) {
                out.println("rules that fired in no file:");
                coverage.unfired().forEach(r -> out.println("  " + Coverage.entry(r)));
            }
            out.println(coverage.line());
            if (coverage.failsMinimum()) {
                out.println(coverage.belowLine());
            }
        }
        out.println(tally.line());
        out.flush();
    }

    /** The lines one file gets in the report; the golden test fails with exactly these. */
    public static List<String> lines(CaseResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.status() + " " + result.source());
        switch (result.status()) {
            case PASS -> { }
            case UNCHECKED -> lines.add("  no expect block: evaluated, nothing to check");
            case FAIL -> {
                for (ExpectationResult r : result.failed()) {
                    lines.add("  " + ExpectationText.failure(r, result.evaluation().writtenNames()));
                }
            }
            case ERROR -> result.allProblems().forEach(p -> lines.add("  " + p.render()));
        }
        return lines;
    }

    /** The problems as {@link Problem#render()} lines, for formats that show them as text. */
    static String problems(CaseResult result) {
        return String.join("\n", result.allProblems().stream().map(Problem::render).toList());
    }
}
