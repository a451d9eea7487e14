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
    private final long limit;
    private Snapshot snapshot;
    private int firings;
    private boolean forked;
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
        fire(null, () -> {
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
     * Applies {@code replacements} (each {@code before} a fact the session holds now), fires, and returns the fork,
     * which reports what changed until {@link Fork#close()} puts the facts back. One fork at a time.
     */
    public Fork fork(List<Replacement> replacements) throws EvaluationException {
        if (forked) {
            throw new IllegalStateException("a fork is already open on " + snapshot.source());
        }
        if (broken) {
            throw new IllegalStateException("the session of " + snapshot.source() + " failed and cannot fork");
        }
        forked = true;
        tracker.record();
        try {
            fire(replacements, () -> apply(replacements));
        } catch (EvaluationException | RuntimeException e) {
            broken = true;
            forked = false;
            throw e;
        }
        return new Fork(replacements, tracker.delta());
    }

    /**
     * Moves the session to {@code next} (the same file, changed on disk) for good: only the facts that differ are
     * replaced. The evaluation of {@code next} as {@link #evaluation()} would give it afterwards.
     */
    public Evaluation moveTo(Snapshot next) throws EvaluationException {
        if (forked) {
            throw new IllegalStateException("a fork is open on " + snapshot.source());
        }
        List<Replacement> replacements = Replacement.between(snapshot, next);
        try {
            snapshot = next;
            fire(null, () -> apply(replacements));
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
     * Applies {@code change} and fires under the limits, as {@link Evaluator} does; {@code replacements} are those
     * of an open fork (to name a runaway rule on the changed facts), null when the session holds its snapshot.
     */
    private void fire(List<Replacement> replacements, Evaluator.Change change) throws EvaluationException {
        Snapshot held = snapshot;
        firings += evaluator.fire(session, limit, provenance, held.source(),
                () -> replacements == null ? held : Replacement.applied(held, replacements), change);
    }

    /** Disposes of the session; an open fork is dropped with it, not restored. */
    @Override
    public void close() {
        if (broken || forked) {
            session.dispose();
        } else {
            ruleBase.release(session, snapshot.facts().size());
        }
        broken = true;
    }

    /**
     * One fork: the conclusions that changed, and all of them. {@link #close()} restores the facts and checks that
     * the conclusions came back exactly; a pack that does not derive logically fails that check.
     */
    public final class Fork implements AutoCloseable {
        private final List<Replacement> replacements;
        private final List<Conclusion> added;
        private final List<Conclusion> removed;
        private boolean closed;

        private Fork(List<Replacement> replacements, Delta delta) {
            this.replacements = List.copyOf(replacements);
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
            return LiveSession.this.conclusions();
        }

        /**
         * The fork as an evaluation of {@code changed} (the changed file's snapshot, for names and sources), with
         * explanations that stay valid after the fork is closed.
         */
        public Evaluation evaluation(Snapshot changed) {
            return new Evaluation(changed, conclusions(), provenance == null ? null : provenance.frozen(), firings);
        }

        /** Puts the facts back and fires; throws if the conclusions did not come back exactly. */
        @Override
        public void close() throws EvaluationException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                fire(null, () -> apply(Replacement.inverse(replacements)));
            } catch (EvaluationException | RuntimeException e) {
                broken = true;
                throw e;
            } finally {
                forked = false;
            }
            Delta left = tracker.delta();
            tracker.stop();
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
     * Keeps the set of conclusions in working memory, and while a fork is recorded, the ones inserted and deleted
     * since it began. The only listener of a session without explanations; every other event is one type test.
     */
    private static final class Tracker implements RuleRuntimeEventListener {
        private final Set<Conclusion> live = Collections.newSetFromMap(new IdentityHashMap<>());
        private List<Conclusion> inserted;
        private List<Conclusion> deleted;

        void record() {
            inserted = new ArrayList<>();
            deleted = new ArrayList<>();
        }

        void stop() {
            inserted = null;
            deleted = null;
        }

        /** What changed since {@link #record()}, a conclusion deleted and an equal one inserted again cancelling. */
        Delta delta() {
            Map<Conclusion, Integer> count = new HashMap<>();
            for (Conclusion c : inserted) {
                count.merge(c, 1, Integer::sum);
            }
            for (Conclusion c : deleted) {
                count.merge(c, -1, Integer::sum);
            }
            List<Conclusion> plus = new ArrayList<>();
            List<Conclusion> minus = new ArrayList<>();
            for (Conclusion c : inserted) {
                if (count.getOrDefault(c, 0) > 0 && live.contains(c)) {
                    plus.add(c);
                    count.merge(c, -1, Integer::sum);
                }
            }
            for (Conclusion c : deleted) {
                if (count.getOrDefault(c, 0) < 0) {
                    minus.add(c);
                    count.merge(c, 1, Integer::sum);
                }
            }
            Evaluator.sort(plus);
            Evaluator.sort(minus);
            return new Delta(List.copyOf(plus), List.copyOf(minus));
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Conclusion c) {
                live.add(c);
                if (inserted != null) {
                    inserted.add(c);
                }
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            if (event.getOldObject() instanceof Conclusion old && event.getObject() != old) {
                live.remove(old);
                if (deleted != null) {
                    deleted.add(old);
                }
            }
            if (event.getObject() instanceof Conclusion now && event.getOldObject() != now) {
                live.add(now);
                if (inserted != null) {
                    inserted.add(now);
                }
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof Conclusion c) {
                live.remove(c);
                if (deleted != null) {
                    deleted.add(c);
                }
            }
        }
    }
}
