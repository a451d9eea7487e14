package failwise.engine;

import failwise.model.Conclusion;
import failwise.model.InputFact;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        /** Also which rules fired and how often (rule coverage). */
        RULES,
        /** Also the matched facts of every firing, for {@code because}. */
        EXPLAINED;

        /** {@code EXPLAINED} or {@code RULES}. */
        public static Detail of(boolean explain) {
            return explain ? EXPLAINED : RULES;
        }
    }

    /** Evaluates with explanations and the default firing limit. */
    public Evaluation evaluate(Snapshot snapshot) throws EvaluationException {
        return evaluate(snapshot, true, 0);
    }

    /**
     * Evaluates one snapshot. {@code explain} records the matched facts of every firing (needed for
     * {@code because}), else only the rules that fired; {@code maxFirings} of 0 means the default limit for the
     * snapshot's size.
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
        Provenance provenance = detail == Detail.OUTCOMES ? null : new Provenance(ruleBase, detail == Detail.EXPLAINED);
        HeapReserve.keep();
        KieSession session = ruleBase.session();
        boolean disposed = false;
        boolean completed = false;
        try {
            if (provenance != null) {
                session.addEventListener((org.kie.api.event.rule.AgendaEventListener) provenance);
                session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) provenance);
            }
            for (InputFact fact : snapshot.facts()) {
                session.insert(fact);
            }
            int fired = fire(session, limit);
            if (fired >= limit) {
                throw provenance != null ? runaway(provenance, limit, snapshot.source())
                        : namedRunaway(snapshot, limit);
            }
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
            throw e;
        } finally {
            if (!disposed) {
                // A session whose rules failed or ran away is disposed, never reused.
                ruleBase.release(session, completed ? snapshot.facts().size() : Integer.MAX_VALUE);
            }
        }
    }

    /** Conclusions in output order: by type, then subject, then text. */
    static void sort(List<Conclusion> conclusions) {
        conclusions.sort(Comparator.comparing(Conclusion::type).thenComparing(Conclusion::subject,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Object::toString));
    }

    /**
     * The runaway of an evaluation that counted nothing: evaluated again, counting firings per rule this time, so
     * the message names the rules that kept firing. Running away costs the firing limit twice, an ordinary
     * evaluation nothing.
     */
    EvaluationException namedRunaway(Snapshot snapshot, long limit) {
        try {
            evaluate(snapshot, Detail.RULES, limit);
        } catch (EvaluationException named) {
            return named;
        }
        return new EvaluationException(new failwise.model.Problem("(rules)", 0, 0, null, "runaway-rules",
                "expected the rules to come to rest on " + snapshot.source() + ", found them still firing at the "
                        + "limit of " + limit + " firings"));
    }

    int fire(KieSession session, long limit) throws EvaluationException {
        try {
            return session.fireAllRules((int) Math.min(limit, Integer.MAX_VALUE));
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "(unknown rule)" : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new EvaluationException(ruleBase.problemAt(rule, "rule-failed",
                    "rule `" + rule + "` failed in its action: " + what.replaceAll("\\s+", " ")));
        } catch (RuntimeException e) {
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new EvaluationException(new failwise.model.Problem("(rules)", 0, 0, null, "rule-failed",
                    "the rules failed: " + what.replaceAll("\\s+", " ")));
        }
    }

    EvaluationException runaway(Provenance provenance, long limit, String source) {
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
