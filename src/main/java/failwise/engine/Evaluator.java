package failwise.engine;

import failwise.model.Conclusion;
import failwise.model.InputFact;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The facade: a fresh session per fact file on the shared rule base; insert the facts, fire with a limit,
 * collect the conclusions with their provenance.
 */
public final class Evaluator {
    /** Firings allowed per fact, on top of a fixed allowance; a pack that needs more is looping. */
    public static final long FIRINGS_PER_FACT = 200;
    public static final long BASE_FIRINGS = 100_000;

    private final RuleBase ruleBase;

    public Evaluator(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    /** Evaluates with explanations and the default firing limit. */
    public Evaluation evaluate(Snapshot snapshot) throws EvaluationException {
        return evaluate(snapshot, true, 0);
    }

    /**
     * Evaluates one snapshot. {@code explain} records the matched facts of every firing (needed for
     * {@code because}); {@code maxFirings} of 0 means the default limit for the snapshot's size.
     */
    public Evaluation evaluate(Snapshot snapshot, boolean explain, long maxFirings) throws EvaluationException {
        return evaluate(snapshot, explain, maxFirings, Set.of(), new ArrayList<>());
    }

    /**
     * The same, also adding to {@code declared} the facts of the DRL-declared types named in {@code types} (simple
     * names) that the rules left in working memory, sorted by their text.
     */
    Evaluation evaluate(Snapshot snapshot, boolean explain, long maxFirings, Set<String> types, List<Object> declared)
            throws EvaluationException {
        long limit = maxFirings > 0 ? maxFirings : BASE_FIRINGS + FIRINGS_PER_FACT * snapshot.facts().size();
        Provenance provenance = new Provenance(ruleBase, explain);
        HeapReserve.keep();
        KieSession session = ruleBase.session();
        boolean disposed = false;
        boolean completed = false;
        TimeLimit time = TimeLimit.start(session, ruleBase.timeLimit());
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) provenance);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) provenance);
            for (InputFact fact : snapshot.facts()) {
                session.insert(fact);
            }
            int fired = session.fireAllRules((int) Math.min(limit, Integer.MAX_VALUE));
            if (time.end()) {
                throw timeout(time, provenance, snapshot.source());
            }
            if (fired >= limit) {
                throw runaway(provenance, limit, snapshot.source());
            }
            List<Conclusion> conclusions = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Conclusion)) {
                conclusions.add((Conclusion) o);
            }
            conclusions.sort(Comparator.comparing(Conclusion::type).thenComparing(Conclusion::subject,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Object::toString));
            if (!types.isEmpty()) {
                List<Object> found = new ArrayList<>(session.getObjects(o -> types.contains(o.getClass().getSimpleName())));
                found.sort(Comparator.comparing(Object::toString));
                declared.addAll(found);
            }
            completed = true;
            return new Evaluation(snapshot, conclusions, provenance);
        } catch (OutOfMemoryError e) {
            // The heap is full of this session's working memory. Disposing of it needs a little memory too, and a
            // session left undisposed stays registered with the rule base, keeping the heap full for every later
            // file of the run: give up the reserve first, then dispose.
            HeapReserve.release();
            session.dispose();
            disposed = true;
            time.end();
            String rule = ruleBase.code().atTop(e.getStackTrace());
            if (rule == null) {
                throw e;
            }
            // The rule's own code was allocating when the heap filled: the rule is at fault, not the file's size.
            throw new EvaluationException(ruleBase.problemAt(rule, "rule-failed", "rule `" + rule + "` filled the "
                    + "Java heap of " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB in its action on "
                    + snapshot.source() + "; the rule allocated it, not the facts"));
        } catch (ThreadDeath stopped) {
            // The time limit stopped an action that would not return (see TimeLimit).
            time.end();
            throw timeout(time, provenance, snapshot.source());
        } catch (RuntimeException | Error e) {
            if (time.end()) {
                throw timeout(time, provenance, snapshot.source());
            }
            throw failure(e, provenance);
        } finally {
            time.end();
            if (!disposed) {
                // A session whose rules failed, ran away or ran out of time is disposed, never reused.
                release(session, completed ? snapshot.facts().size() : Integer.MAX_VALUE);
            }
        }
    }

    private void release(KieSession session, int facts) {
        try {
            ruleBase.release(session, facts);
        } catch (RuntimeException e) {
            // A session stopped in the middle of an action may not dispose of itself cleanly; it is dropped anyway.
        }
    }

    /**
     * A rule that threw, in its action or in a condition, as a {@code rule-failed} problem at the rule: the rule
     * Drools names, else the rule whose generated code the failure passed through, else the rule that was firing.
     */
    private EvaluationException failure(Throwable e, Provenance provenance) {
        String firing = provenance.firingRule();
        String rule = e instanceof ConsequenceException ce && ce.getMatch() != null ? ce.getMatch().getRule().getName()
                : ruleBase.code().ruleIn(e);
        if (rule == null) {
            rule = firing;
        }
        Throwable cause = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
        if (rule == null) {
            return new EvaluationException(new failwise.model.Problem("(rules)", 0, 0, null, "rule-failed",
                    "the rules failed: " + describe(cause)));
        }
        boolean action = e instanceof ConsequenceException || rule.equals(firing);
        if (!action) {
            // Drools wraps a failed condition; what went wrong is the innermost cause.
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
        }
        return new EvaluationException(ruleBase.problemAt(rule, "rule-failed", "rule `" + rule + "` failed in its "
                + (action ? "action" : "condition") + ": " + describe(cause)));
    }

    /** A throwable in a few words: an exception by its message, an error (less telling alone) by its kind too. */
    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? null : t.getMessage().replaceAll("\\s+", " ");
        if (t instanceof Error) {
            return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return message == null ? t.getClass().getSimpleName() : message;
    }

    private EvaluationException timeout(TimeLimit time, Provenance provenance, String source) {
        String rule = ruleBase.code().inStack(time.stuckAt());
        if (rule == null) {
            rule = provenance.firingRule();
        }
        long seconds = ruleBase.timeLimit().toSeconds();
        String limit = seconds == 1 ? "1 second" : seconds + " seconds";
        String found = rule == null ? "the rules still running" : "rule `" + rule + "` still running";
        String message = "expected the rules to finish on " + source + " within " + limit + ", found " + found
                + " (--timeout sets the limit)";
        return new EvaluationException(rule == null ? new failwise.model.Problem("(rules)", 0, 0, null, "timeout",
                message) : ruleBase.problemAt(rule, "timeout", message));
    }

    private EvaluationException runaway(Provenance provenance, long limit, String source) {
        List<Map.Entry<String, Integer>> top = provenance.firingsPerRule().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3).toList();
        String names = top.stream().map(e -> "`" + e.getKey() + "` (" + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
        String first = top.isEmpty() ? "(no rule)" : top.get(0).getKey();
        return new EvaluationException(ruleBase.problemAt(first, "runaway-rules",
                "expected the rules to come to rest on " + source + ", found them still firing at the limit of "
                        + limit + " firings; most fired: " + names));
    }
}
