package failwise.engine;

import failwise.model.Conclusion;
import failwise.model.InputFact;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The fork engine: one session that stays alive for one fact file. It is evaluated once; a fork then replaces a
 * few facts with {@code update} on their handles, fires (truth maintenance retracts what no longer holds, the rules
 * derive what now does), reports the conclusions that changed, and puts the facts back, which brings back the
 * very conclusions of the file. A fork costs what its changes touch, not what the file holds.
 *
 * <p>Forks nest: a fork opened while another is open changes the facts on top of it, reports what changed since
 * it, and is closed first. A depth-2 sweep applies one failure once and each failure it may interact with on top.
 *
 * <p>Correct only while the pack derives with {@code insertLogical} alone ({@code check} refuses anything else):
 * a fact a rule inserted, modified or deleted outright would survive the fork that caused it.
 *
 * <p>Not thread-safe: one thread uses a live session at a time. {@link #close()} disposes of it.
 */
public final class LiveSession implements AutoCloseable {
    /** The problem code of a fork whose closing did not give back the conclusions of the file. */
    public static final String NOT_RESTORED = "fork-not-restored";

    private final RuleBase ruleBase;
    private final Evaluator evaluator;
    private final KieSession session;
    private final Provenance provenance;
    private final Tracker tracker = new Tracker();
    private final Map<InputFact, FactHandle> handles = new IdentityHashMap<>();
    /** The open forks, innermost last. */
    private final List<Fork> open = new ArrayList<>();
    private final long limit;
    private Snapshot snapshot;
    private int firings;
    private boolean broken;

    private LiveSession(RuleBase ruleBase, Snapshot snapshot, Evaluator.Detail detail, long maxFirings) {
        this.ruleBase = ruleBase;
        this.evaluator = new Evaluator(ruleBase);
        this.snapshot = snapshot;
        this.limit = Evaluator.limit(snapshot, maxFirings);
        this.provenance = Provenance.of(ruleBase, detail);
        this.session = ruleBase.session();
    }

    /**
     * Inserts the facts of {@code snapshot} and fires. {@code detail} is what the evaluations record, as for
     * {@link Evaluator}: with {@code OUTCOMES} no rule event is listened to but the insertion and retraction of
     * conclusions. {@code maxFirings} of 0 means the default limit, which applies to each fork as well.
     */
    public static LiveSession open(RuleBase ruleBase, Snapshot snapshot, Evaluator.Detail detail, long maxFirings)
            throws EvaluationException {
        HeapReserve.keep();
        LiveSession live = new LiveSession(ruleBase, snapshot, detail, maxFirings);
        try {
            live.start();
            return live;
        } catch (EvaluationException | RuntimeException e) {
            live.broken = true;
            live.close();
            throw e;
        } catch (OutOfMemoryError e) {
            HeapReserve.release();
            live.session.dispose();
            throw e;
        }
    }

    private void start() throws EvaluationException {
        if (provenance != null) {
            provenance.heldInputs(handles::containsKey);
            provenance.listenTo(session);
        }
        session.addEventListener(tracker);
        Snapshot held = snapshot;
        fire(() -> held, () -> {
            for (InputFact fact : snapshot.facts()) {
                handles.put(fact, session.insert(fact));
            }
        });
    }

    /** The fact file the session holds now. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** The conclusions the session holds now, in output order. */
    public List<Conclusion> conclusions() {
        List<Conclusion> out = new ArrayList<>(tracker.live);
        Evaluator.sort(out);
        return out;
    }

    /**
     * The evaluation of the facts the session holds now, with a copy of the provenance of this moment, so its
     * explanations stay true after the session has forked or moved on.
     */
    public Evaluation evaluation() {
        return new Evaluation(snapshot, conclusions(), provenance == null ? null : provenance.frozen(), firings);
    }

    /**
     * The facts of the DRL-declared types named in {@code types} (simple names) in working memory now, sorted by
     * their text: intermediate facts that are not conclusions, such as why-not's {@code Obstacle} and {@code Remedy}.
     */
    public List<Object> declared(Set<String> types) {
        List<Object> found = new ArrayList<>(session.getObjects(o -> types.contains(o.getClass().getSimpleName())));
        found.sort(java.util.Comparator.comparing(Object::toString));
        return found;
    }

    /** How many derived facts the provenance remembers (0 without explanations): bounded by working memory. */
    public int remembered() {
        return provenance == null ? 0 : provenance.size();
    }

    /**
     * Applies {@code replacements} (each {@code before} a fact the session holds now, which an open fork may have
     * replaced), fires, and returns the fork, which reports what changed since the facts it was opened on until
     * {@link Fork#close()} puts them back. A fork opened while another is open nests in it and is closed first.
     */
    public Fork fork(List<Replacement> replacements) throws EvaluationException {
        if (broken) {
            throw new IllegalStateException("the session of " + snapshot.source() + " failed and cannot fork");
        }
        List<Replacement> own = List.copyOf(replacements);
        for (Replacement r : own) {
            if (r.before() != null && !handles.containsKey(r.before())) {
                throw new IllegalArgumentException("not a fact the session of " + snapshot.source()
                        + " holds now: " + r.before());
            }
        }
        tracker.record();
        try {
            fire(changedBy(own), () -> apply(own));
        } catch (EvaluationException | RuntimeException e) {
            broken = true;
            tracker.drop();
            throw e;
        }
        Fork fork = new Fork(own, tracker.delta());
        open.add(fork);
        return fork;
    }

    /** The facts the session holds with the open forks and then {@code more} applied (for naming a runaway rule). */
    private java.util.function.Supplier<Snapshot> changedBy(List<Replacement> more) {
        List<List<Replacement>> layers = new ArrayList<>();
        open.forEach(f -> layers.add(f.replacements));
        layers.add(more);
        Snapshot held = snapshot;
        return () -> {
            Snapshot out = held;
            for (List<Replacement> layer : layers) {
                out = Replacement.applied(out, layer);
            }
            return out;
        };
    }

    /**
     * Moves the session to {@code next} (the same file, changed on disk) for good: only the facts that differ are
     * replaced. The evaluation of {@code next} as {@link #evaluation()} would give it afterwards.
     */
    public Evaluation moveTo(Snapshot next) throws EvaluationException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("a fork is open on " + snapshot.source());
        }
        List<Replacement> replacements = Replacement.between(snapshot, next);
        try {
            snapshot = next;
            fire(() -> next, () -> apply(replacements));
        } catch (EvaluationException | RuntimeException e) {
            broken = true;
            throw e;
        }
        return evaluation();
    }

    /** Whether a rule failed or ran away in this session, which then can no longer be trusted. */
    public boolean broken() {
        return broken;
    }

    private void apply(List<Replacement> replacements) {
        for (Replacement r : replacements) {
            if (r.before() == null) {
                handles.put(r.after(), session.insert(r.after()));
                continue;
            }
            FactHandle handle = handles.remove(r.before());
            if (handle == null) {
                throw new IllegalArgumentException("not a fact of the session of " + snapshot.source() + ": "
                        + r.before());
            }
            if (r.after() == null) {
                session.delete(handle);
            } else {
                session.update(handle, r.after());
                handles.put(r.after(), handle);
            }
        }
    }

    /**
     * Applies {@code change} and fires under the limits, as {@link Evaluator} does; {@code changed} gives the facts
     * the session holds once changed (to name a runaway rule on them).
     */
    private void fire(java.util.function.Supplier<Snapshot> changed, Evaluator.Change change)
            throws EvaluationException {
        firings += evaluator.fire(session, limit, provenance, snapshot.source(), changed, change);
    }

    /** Disposes of the session; an open fork is dropped with it, not restored. */
    @Override
    public void close() {
        if (broken || !open.isEmpty()) {
            session.dispose();
        } else {
            ruleBase.release(session, snapshot.facts().size());
        }
        broken = true;
    }

    /**
     * One fork: the conclusions that changed since the facts it was opened on, and all of them. {@link #close()}
     * restores the facts and checks that the conclusions came back exactly; a pack that does not derive logically
     * fails that check. Read a fork while no fork nested in it is open.
     */
    public final class Fork implements AutoCloseable {
        private final List<Replacement> replacements;
        private final List<Conclusion> added;
        private final List<Conclusion> removed;
        private boolean closed;

        private Fork(List<Replacement> replacements, Delta delta) {
            this.replacements = replacements;
            this.added = delta.added;
            this.removed = delta.removed;
        }

        /** The conclusions the fork has and the file has not, in output order. */
        public List<Conclusion> added() {
            return added;
        }

        /** The conclusions the file has and the fork has not, in output order. */
        public List<Conclusion> removed() {
            return removed;
        }

        /** Every conclusion of the fork, in output order. */
        public List<Conclusion> conclusions() {
            innermost();
            return LiveSession.this.conclusions();
        }

        private void innermost() {
            if (open.isEmpty() || open.get(open.size() - 1) != this) {
                throw new IllegalStateException("a fork nested in this one is open on " + snapshot.source());
            }
        }

        /**
         * The fork as an evaluation of {@code changed} (the changed file's snapshot, for names and sources), with
         * explanations that stay valid after the fork is closed.
         */
        public Evaluation evaluation(Snapshot changed) {
            innermost();
            return new Evaluation(changed, conclusions(), provenance == null ? null : provenance.frozen(), firings);
        }

        /** Puts the facts back and fires; throws if the conclusions did not come back exactly. */
        @Override
        public void close() throws EvaluationException {
            if (closed) {
                return;
            }
            innermost();
            closed = true;
            open.remove(open.size() - 1);
            try {
                fire(changedBy(List.of()), () -> apply(Replacement.inverse(replacements)));
            } catch (EvaluationException | RuntimeException e) {
                broken = true;
                tracker.drop();
                throw e;
            }
            Delta left = tracker.delta();
            tracker.drop();
            if (!left.added.isEmpty() || !left.removed.isEmpty()) {
                broken = true;
                throw new EvaluationException(new failwise.model.Problem("(rules)", 0, 0, null, NOT_RESTORED,
                        "expected the conclusions of " + snapshot.source() + " back after undoing "
                                + replacements.size() + " changed facts, found " + left.added.size() + " more and "
                                + left.removed.size() + " fewer; do all rules derive with insertLogical?"));
            }
        }
    }

    private record Delta(List<Conclusion> added, List<Conclusion> removed) {
    }

    /**
     * Keeps the set of conclusions in working memory, and for each open fork (innermost last) the conclusions
     * inserted and deleted since it began, counted by equality so that a conclusion deleted and an equal one
     * inserted again cancel: what a fork records is what it changed, however many firings that took, so memory
     * stays bounded over any number of forks. Only the innermost fork counts; one nested in it has cancelled out
     * when it closed, or the session failed. The only listener of a session without explanations; every other
     * event is one type test.
     */
    private static final class Tracker implements RuleRuntimeEventListener {
        private final Set<Conclusion> live = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Map<Conclusion, Net>> levels = new ArrayList<>();
        private Map<Conclusion, Net> net;

        /** How often a conclusion equal to the key was inserted, less how often deleted, and the latest one. */
        private static final class Net {
            int count;
            Conclusion latest;
        }

        void record() {
            net = new HashMap<>();
            levels.add(net);
        }

        void drop() {
            levels.remove(levels.size() - 1);
            net = levels.isEmpty() ? null : levels.get(levels.size() - 1);
        }

        /** What changed since the innermost {@link #record()}. */
        Delta delta() {
            List<Conclusion> plus = new ArrayList<>();
            List<Conclusion> minus = new ArrayList<>();
            for (Net n : net.values()) {
                if (n.count > 0 && live.contains(n.latest)) {
                    plus.add(n.latest);
                } else if (n.count < 0) {
                    minus.add(n.latest);
                }
            }
            Evaluator.sort(plus);
            Evaluator.sort(minus);
            return new Delta(List.copyOf(plus), List.copyOf(minus));
        }

        private void count(Conclusion c, int by) {
            if (net != null) {
                Net n = net.computeIfAbsent(c, k -> new Net());
                n.count += by;
                n.latest = c;
                if (n.count == 0) {
                    net.remove(c);
                }
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Conclusion c) {
                live.add(c);
                count(c, 1);
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            if (event.getOldObject() instanceof Conclusion old && event.getObject() != old) {
                live.remove(old);
                count(old, -1);
            }
            if (event.getObject() instanceof Conclusion now && event.getOldObject() != now) {
                live.add(now);
                count(now, 1);
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof Conclusion c) {
                live.remove(c);
                count(c, -1);
            }
        }
    }
}
