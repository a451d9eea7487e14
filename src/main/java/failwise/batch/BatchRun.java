package failwise.batch;

import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.model.Problem;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks many fact files on one compiled rule base, {@code jobs} files at a time (the rule base is shared, each
 * file gets its own session), and hands every result over in input order: N files in, N results out.
 */
public final class BatchRun {
    private final RuleBase rules;
    private final int jobs;
    private final boolean countRules;
    private final CaseRunner runner;

    /** A batch that records which rules fired, for rule coverage. */
    public BatchRun(RuleBase rules, int jobs) {
        this(rules, jobs, true);
    }

    /**
     * {@code countRules}: record which rules fired in each file, which rule coverage needs; without it no rule event
     * is listened to, which makes each file cheaper. No premises are recorded either way: a batch shows which
     * expectations failed, not explanation trees.
     */
    public BatchRun(RuleBase rules, int jobs, boolean countRules) {
        if (jobs < 1) {
            throw new IllegalArgumentException("expected at least 1 job, found " + jobs);
        }
        this.rules = rules;
        this.jobs = jobs;
        this.countRules = countRules;
        this.runner = new CaseRunner(rules, countRules ? Evaluator.Detail.RULES : Evaluator.Detail.OUTCOMES);
    }

    /**
     * Runs every file and calls {@code each} on the calling thread with each result, in the order of {@code files},
     * as soon as it and all before it are done; returns the counts. Results are not kept, so memory stays flat.
     */
    public Tally run(List<Path> files, Consumer<CaseResult> each) {
        Tally tally = new Tally(files.size());
        InOrder.map(files, jobs, runner::run, BatchRun::failed, result -> {
            tally.add(result);
            each.accept(result);
        });
        return tally;
    }

    /**
     * Writes the whole report of {@code files} in {@code format}: the results in input order, then the counts and,
     * when {@code coverage} is asked for or a {@code minimum} (percent) is given, the rule coverage.
     */
    public Outcome report(List<Path> files, ResultFormat format, boolean coverage, Double minimum, Progress progress) {
        int[] done = {0};
        format.begin();
        Tally tally = run(files, result -> {
            progress.clear();
            format.file(result);
            progress.done(++done[0]);
        });
        progress.clear();
        Coverage covered = coverage || minimum != null ? coverage(tally, minimum) : null;
        if (covered != null && !countRules) {
            throw new IllegalStateException("rule coverage asked of a batch that did not count the rules that fired");
        }
        format.end(tally, covered);
        return new Outcome(tally, covered);
    }

    /** What a written report adds up to: the counts, and the rule coverage when it was asked for (else null). */
    public record Outcome(Tally tally, Coverage coverage) {
    }

    /** Which rules of the pack fired on none of the files counted in {@code tally}; {@code minimum} may be null. */
    public Coverage coverage(Tally tally, Double minimum) {
        return Coverage.of(rules, tally.rulesFired(), minimum);
    }

    /** A file whose run threw past the case runner (a failwise defect): still one ERROR result, the batch goes on. */
    private static CaseResult failed(Path file, Throwable cause) {
        String what = String.valueOf(cause).replaceAll("\\s+", " ");
        Problem problem = new Problem(file.toString(), 0, 0, null, "internal-error",
                "could not evaluate the file: " + what);
        return new CaseResult(file.toString(), null, null, List.of(problem), null, List.of());
    }
}
