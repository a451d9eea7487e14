package failwise.engine;

import failwise.model.Conclusion;
import failwise.model.InputFact;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

    /** How much an evaluation records beside its conclusions. */
    public enum Detail {
        /** Only the conclusions: no event listener at all, firings counted from what fireAllRules returns. */
        OUTCOMES,
        /**
         * Also the rule that concluded each conclusion (the citation {@code evaluate} prints beside it): a listener
         * of inserted and deleted facts alone, none of the firings.
         */
        CITATIONS,
        /** Also which rules fired and how often, and which rule made each fact (rule coverage, rule tags). */
        RULES,
        /** Also the matched facts of every firing, for {@code because}. */
        EXPLAINED;

        /** What {@code evaluate} records: {@code EXPLAINED} for the trees, else {@code CITATIONS}. */
        public static Detail of(boolean explain) {
            return explain ? EXPLAINED : CITATIONS;
        }
    }

    /** Evaluates with explanations and the default firing limit. */
    public Evaluation evaluate(Snapshot snapshot) throws EvaluationException {
        return evaluate(snapshot, true, 0);
    }

    /**
     * Evaluates one snapshot. {@code explain} records the matched facts of every firing (needed for
     * {@code because}), else only the rule that concluded each conclusion; {@code maxFirings} of 0 means the default
     * limit for the snapshot's size.
     */
    public Evaluation evaluate(Snapshot snapshot, boolean explain, long maxFirings) throws EvaluationException {
        return evaluate(snapshot, Detail.of(explain), maxFirings);
    }

    /** The firing limit for {@code snapshot}: {@code maxFirings} when above 0, else the default for its size. */
    static long limit(Snapshot snapshot, long maxFirings) {
        return maxFirings > 0 ? maxFirings : BASE_FIRINGS + FIRINGS_PER_FACT * snapshot.facts().size();
    }

    /** Evaluates one snapshot, recording {@code detail}; {@code maxFirings} of 0 means the default limit. */
    public Evaluation evaluate(Snapshot snapshot, Detail detail, long maxFirings) throws EvaluationException {
        long limit = limit(snapshot, maxFirings);
        Provenance provenance = Provenance.of(ruleBase, detail);
        HeapReserve.keep();
        KieSession session = ruleBase.session();
        boolean disposed = false;
        boolean completed = false;
        try {
            if (provenance != null) {
                provenance.listenTo(session);
            }
            int fired = fire(session, limit, provenance, snapshot.source(), () -> snapshot, () -> {
                for (InputFact fact : snapshot.facts()) {
                    session.insert(fact);
                }
            });
            List<Conclusion> conclusions = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Conclusion)) {
                conclusions.add((Conclusion) o);
            }
            sort(conclusions);
            completed = true;
            return new Evaluation(snapshot, conclusions, provenance, fired);
        } catch (OutOfMemoryError e) {
            // The heap is full of this session's working memory. Disposing of it needs a little memory too, and a
            // session left undisposed stays registered with the rule base, keeping the heap full for every later
            // file of the run: give up the reserve first, then dispose.
            HeapReserve.release();
            session.dispose();
            disposed = true;
            throw heapFull(e, snapshot);
        } finally {
            if (!disposed) {
                // A session whose rules failed, ran away or ran out of time is disposed, never reused.
                release(session, completed ? snapshot.facts().size() : Integer.MAX_VALUE);
            }
        }
    }

    /** What changes a session's facts before it fires: inserts them, or updates a few. */
    interface Change {
        void apply();
    }

    /**
     * Applies {@code change} and fires under the firing limit and the time limit, turning every way the rules can
     * fail (an exception or error in a rule, a runaway, a timeout) into the located problem; {@code changed} gives
     * the facts the session holds once changed, evaluated again to name a runaway rule, or the rule whose action
     * failed, when {@code provenance} (null: nothing recorded) did not follow the firings. Returns the number of
     * firings.
     */
    int fire(KieSession session, long limit, Provenance provenance, String source, Supplier<Snapshot> changed,
             Change change) throws EvaluationException {
        TimeLimit time = TimeLimit.start(session, ruleBase.timeLimit());
        try {
            change.apply();
            int fired = session.fireAllRules((int) Math.min(limit, Integer.MAX_VALUE));
            if (time.end()) {
                throw timeout(time, provenance, source);
            }
            if (fired >= limit) {
                throw follows(provenance) ? runaway(provenance, limit, source) : named(changed.get(), limit, null);
            }
            return fired;
        } catch (ThreadDeath stopped) {
            // The time limit stopped an action that would not return (see TimeLimit).
            time.end();
            throw timeout(time, provenance, source);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (time.end()) {
                throw timeout(time, provenance, source);
            }
            if (!follows(provenance) && !(e instanceof ConsequenceException)) {
                // Only the firings tell a failed action from a failed condition, when Drools does not say.
                throw named(changed.get(), limit, failure(e, null));
            }
            throw failure(e, provenance);
        } finally {
            time.end();
        }
    }

    /**
     * The heap filled: when the rule's own code was allocating, the rule is at fault, not the file's size, and
     * that is a problem at the rule; otherwise the error goes on.
     */
    private EvaluationException heapFull(OutOfMemoryError e, Snapshot snapshot) {
        String rule = ruleBase.code().atTop(e.getStackTrace());
        if (rule == null) {
            throw e;
        }
        return new EvaluationException(ruleBase.problemAt(rule, "rule-failed", "rule `" + rule + "` filled the "
                + "Java heap of " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB in its action on "
                + snapshot.source() + "; the rule allocated it, not the facts"));
    }

    /** Conclusions in output order: by type, then subject, then text. */
    static void sort(List<Conclusion> conclusions) {
        conclusions.sort(Comparator.comparing(Conclusion::type).thenComparing(Conclusion::subject,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Object::toString));
    }

    /** Whether {@code provenance} follows every firing, so it can name the rule that ran away or failed. */
    private static boolean follows(Provenance provenance) {
        return provenance != null && provenance.followsFirings();
    }

    /**
     * The runaway or failure of an evaluation that did not follow the firings: evaluated again, following them this
     * time, so the message names the rules that kept firing, or the rule whose action failed. Going wrong costs the
     * evaluation twice, an ordinary evaluation nothing. {@code otherwise} (null: the runaway) is the problem when
     * the second evaluation does not go wrong.
     */
    private EvaluationException named(Snapshot snapshot, long limit, EvaluationException otherwise) {
        try {
            evaluate(snapshot, Detail.RULES, limit);
        } catch (EvaluationException named) {
            return named;
        }
        return otherwise != null ? otherwise : new EvaluationException(new failwise.model.Problem("(rules)", 0, 0,
                null, "runaway-rules", "expected the rules to come to rest on " + snapshot.source()
                        + ", found them still firing at the limit of " + limit + " firings"));
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
        String firing = provenance == null ? null : provenance.firingRule();
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
        if (rule == null && provenance != null) {
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
