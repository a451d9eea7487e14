package failwise.verify;

import failwise.engine.Evaluation;
import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.model.InputFact;
import failwise.model.Problem;
import failwise.model.Scenario;
import failwise.model.Snapshot;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one fact file as a case: load it, evaluate it on a compiled rule base, check its {@code expect} block.
 * Never throws for a bad file or a failing rule; every way a file can go wrong ends up in the {@link CaseResult}.
 * Safe to share between threads: the rule base and the loader are, and each run has its own session.
 */
public final class CaseRunner {
    private final Evaluator evaluator;
    private final Evaluator.Detail detail;
    private final FactLoader loader;

    /** {@code explain} records the premises of every firing, which the {@code because} trees need. */
    public CaseRunner(RuleBase rules, boolean explain) {
        this(rules, Evaluator.Detail.of(explain));
    }

    /** Evaluates recording {@code detail}: what the command prints needs, no more. */
    public CaseRunner(RuleBase rules, Evaluator.Detail detail) {
        this(rules, detail, new FactLoader());
    }

    /** The same, reading files with {@code loader} (one that keeps trees, for a command that also forks them). */
    public CaseRunner(RuleBase rules, boolean explain, FactLoader loader) {
        this(rules, Evaluator.Detail.of(explain), loader);
    }

    private CaseRunner(RuleBase rules, Evaluator.Detail detail, FactLoader loader) {
        this.evaluator = new Evaluator(rules);
        this.detail = detail;
        this.loader = loader;
    }

    public CaseResult run(Path file) {
        return run(load(file), file.toString());
    }

    /** How a loaded snapshot is evaluated: afresh, or by a live session that already holds an earlier version. */
    @FunctionalInterface
    public interface Evaluate {
        Evaluation apply(Snapshot snapshot) throws EvaluationException;
    }

    /** Loads {@code file} and evaluates it with {@code how}, reporting every problem as {@link #run(Path)} does. */
    public CaseResult run(Path file, Evaluate how) {
        LoadResult loaded = load(file);
        return loaded.ok() && loaded.snapshot() != null ? evaluate(loaded.snapshot(), how)
                : run(loaded, file.toString());
    }

    /** Reads {@code file} through the loader; a loader failure or a full heap comes back as a problem too. */
    public LoadResult load(Path file) {
        String source = file.toString();
        try {
            return loader.load(file);
        } catch (OutOfMemoryError e) {
            return new LoadResult(null, List.of(heapFull(source, "reading it")));
        } catch (RuntimeException e) {
            // The loader reports bad input as problems; an exception here is a loader bug, still one line.
            return new LoadResult(null, List.of(new Problem(source, 0, 0, null, "internal-error",
                    "could not read the file: " + e)));
        }
    }

    /** Evaluates a file {@link #load} read; {@code source} names it when it could not be read. */
    public CaseResult run(LoadResult loaded, String source) {
        Snapshot snapshot = loaded.snapshot();
        if (snapshot != null) {
            source = snapshot.source();
        }
        if (!loaded.ok() || snapshot == null) {
            return new CaseResult(source, name(snapshot), null, loaded.problems(), null, List.of());
        }
        return evaluate(snapshot);
    }

    /** Evaluates a snapshot that is already loaded (used by commands that load it themselves, and by tests). */
    public CaseResult evaluate(Snapshot snapshot) {
        return evaluate(snapshot, s -> evaluator.evaluate(s, detail, 0));
    }

    /** Evaluates a loaded snapshot with {@code how}, every problem in the result as {@link #evaluate(Snapshot)}. */
    public CaseResult evaluate(Snapshot snapshot, Evaluate how) {
        String name = name(snapshot);
        Evaluation evaluation;
        try {
            evaluation = how.apply(snapshot);
        } catch (EvaluationException e) {
            return new CaseResult(snapshot.source(), name, null, List.of(), e.problem(), List.of());
        } catch (RuntimeException e) {
            Problem failed = new Problem(snapshot.source(), 0, 0, null, "rule-failed", "the rules failed: " + e);
            return new CaseResult(snapshot.source(), name, null, List.of(), failed, List.of());
        } catch (OutOfMemoryError e) {
            // The session is gone once the evaluation unwinds, so the heap is free again for the other files.
            Problem full = heapFull(snapshot.source(),
                    String.format(java.util.Locale.ROOT, "evaluating its %,d facts", snapshot.facts().size()));
            return new CaseResult(snapshot.source(), name, null, List.of(full), null, List.of());
        }
        List<ExpectationResult> results = ExpectationCheck.check(snapshot.expectations(), evaluation.conclusions());
        return new CaseResult(snapshot.source(), name, evaluation, List.of(), null, results);
    }

    /**
     * A file too big for the heap this JVM was given: not a failwise bug and not a rule failure, so it is reported
     * like an unreadable file, with what to do about it.
     */
    public static Problem heapFull(String source, String doing) {
        return new Problem(source, 0, 0, "", "out-of-memory", "expected the file to fit in the Java heap of "
                + heapMiB() + " MiB, found the heap full while " + doing + "; " + MORE_HEAP);
    }

    /** What to do when a file does not fit in the heap; also said when the heap fills outside a file's evaluation. */
    public static final String MORE_HEAP = "give Java more heap (java -Xmx8g -jar failwise.jar ...) or split the file";

    /** The most heap this JVM may use, in MiB. */
    public static long heapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** The scenario title the file gives, or null. */
    public static String name(Snapshot snapshot) {
        if (snapshot == null) {
            return null;
        }
        for (InputFact fact : snapshot.facts()) {
            if (fact instanceof Scenario s) {
                return s.name();
            }
        }
        return null;
    }
}
