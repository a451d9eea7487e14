package failwise.whatif;

import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.LiveSession;
import failwise.engine.Replacement;
import failwise.engine.RuleBase;
import failwise.facts.LoadResult;
import failwise.model.Conclusion;
import failwise.model.ForeignDomainDocument;
import failwise.model.InputFact;
import failwise.model.Replica;
import failwise.model.Request;
import failwise.model.Server;
import failwise.model.Snapshot;
import failwise.whatif.SweepResult.Failure;
import failwise.whatif.SweepResult.Impact;
import failwise.whatif.SweepResult.OutcomeChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The failure sweep: puts each server of a fact file into each chosen failure mode alone (and each replica Out of
 * Service, with {@code databases}), and at depth 2 each pair of failures that can interact, and reports which
 * outcomes change under which failure. Every failure is a fork of one live session of the file, so a failure costs
 * what it touches; a pair is its second failure forked on top of its first (see {@link #groups}). The result does
 * not depend on the number of jobs.
 *
 * <p>Depth 2 evaluates only the pairs whose targets share a dependency of some request: the servers a request
 * names (its server, {@code from}, {@code templateServer}), the gateway and calendar servers of the Foreign Domain
 * documents of its foreign domain, and every cluster mate of these. Two failures no request depends on together
 * change only what each changes alone, which a pair never reports; {@code allPairs} evaluates every pair anyway.
 */
public final class Sweep {
    private static final String NOT_RESTORED = LiveSession.NOT_RESTORED;

    private final RuleBase rules;
    private final int jobs;
    private final ChangeParser parser = new ChangeParser();
    private final java.util.concurrent.atomic.AtomicInteger afresh = new java.util.concurrent.atomic.AtomicInteger();

    /** What to sweep: the depth (1 or 2), the server failure modes, replicas too, every pair at depth 2. */
    public record Options(int depth, List<FailureMode> modes, boolean databases, boolean allPairs) {
        public Options {
            if (depth < 1 || depth > 2) {
                throw new IllegalArgumentException("depth must be 1 or 2, was " + depth);
            }
            modes = List.copyOf(new LinkedHashSet<>(modes));
        }

        /** Servers down, at {@code depth}, interacting pairs only. */
        public static Options depth(int depth) {
            return new Options(depth, List.of(FailureMode.DOWN), false, false);
        }
    }

    /** {@code jobs} live sessions of the file fork at once (at least 1), each taking a share of the failures. */
    public Sweep(RuleBase rules, int jobs) {
        this.rules = rules;
        this.jobs = Math.max(1, jobs);
    }

    /**
     * How many failures of the last {@link #run} were evaluated afresh because their fork's closing did not give
     * back the conclusions it was opened on (0 in every measured sweep so far; see {@link #share}).
     */
    public int evaluatedAfresh() {
        return afresh.get();
    }

    public SweepResult run(FactTree facts, int depth) throws EvaluationException, ChangeException {
        return run(facts, Options.depth(depth));
    }

    public SweepResult run(FactTree facts, Options options) throws EvaluationException, ChangeException {
        afresh.set(0);
        Snapshot base = facts.snapshot();
        Plan plan = plan(facts, options);
        List<Single> singles = plan.singles();
        List<int[]> pairs = plan.pairs();
        int scenarios = singles.size() + pairs.size();
        Forked forked = evaluateAll(base, plan);
        List<Impact> impacts = new ArrayList<>();
        for (int k = 0; k < scenarios; k++) {
            List<OutcomeChange> own = new ArrayList<>(forked.changes().get(k));
            List<Failure> failures;
            if (k < singles.size()) {
                failures = List.of(singles.get(k).failure());
            } else {
                int[] p = pairs.get(k - singles.size());
                // A pair reports only what neither of its failures does alone.
                own.removeAll(forked.changes().get(p[0]));
                own.removeAll(forked.changes().get(p[1]));
                failures = List.of(singles.get(p[0]).failure(), singles.get(p[1]).failure());
            }
            if (!own.isEmpty()) {
                impacts.add(new Impact(failures, own));
            }
        }
        impacts.sort(Comparator.comparingInt(Impact::worse).reversed()
                .thenComparingInt(i -> i.failures().size())
                .thenComparing(i -> String.join("\u0000", i.downServers()))
                .thenComparing(i -> i.failures().stream().map(Failure::mode).reduce("", (a, b) -> a + '\u0000' + b)));
        return new SweepResult(base.source(), options.depth(), scenarios, impacts);
    }

    /** The failures to evaluate: each alone, then the pairs (indexes into {@code singles}). */
    record Plan(List<Single> singles, List<int[]> pairs) {
        /** The replacements of every scenario: the singles', then each pair's together. */
        List<List<Replacement>> scenarios() {
            List<List<Replacement>> out = new ArrayList<>(singles.size() + pairs.size());
            singles.forEach(s -> out.add(s.replacements()));
            for (int[] p : pairs) {
                List<Replacement> both = new ArrayList<>(singles.get(p[0]).replacements());
                both.addAll(singles.get(p[1]).replacements());
                out.add(both);
            }
            return out;
        }
    }

    /** What {@code options} sweep on {@code facts}. */
    Plan plan(FactTree facts, Options options) throws ChangeException {
        List<Single> singles = singles(facts, options);
        return new Plan(singles, options.depth() == 2 ? pairs(facts.snapshot(), singles, options.allPairs()) : List.of());
    }

    /** One failure alone: what it is, the entity that fails (a server's or replica's pointer), its server, facts. */
    record Single(Failure failure, String entity, String server, List<Replacement> replacements) {
    }

    /**
     * Every single failure, in the order of the modes, then of the file. The changed facts come from the change
     * language through the loader, once per mode for all servers together, and are then told apart by the entity
     * whose place in the file holds them: a failure is exactly what {@code --set} with its changes evaluates.
     */
    private List<Single> singles(FactTree facts, Options options) throws ChangeException {
        Snapshot base = facts.snapshot();
        List<Server> servers = base.facts().stream().filter(Server.class::isInstance).map(Server.class::cast).toList();
        Map<String, Integer> thresholds = FailureMode.thresholds(base);
        List<Single> out = new ArrayList<>();
        for (FailureMode mode : options.modes()) {
            Map<String, Failure> owners = new LinkedHashMap<>();
            Map<String, String> serverOf = new HashMap<>();
            List<String> changes = new ArrayList<>();
            for (Server s : servers) {
                List<String> texts = mode.changes(s, base, thresholds);
                if (!texts.isEmpty()) {
                    owners.put(s.pointer(), new Failure(written(base, s.name()), mode.label()));
                    serverOf.put(s.pointer(), s.name());
                    changes.addAll(texts);
                }
            }
            out.addAll(attribute(facts, changes, owners, serverOf, mode.label()));
        }
        if (options.databases()) {
            Map<String, Failure> owners = new LinkedHashMap<>();
            Map<String, String> serverOf = new HashMap<>();
            List<String> changes = new ArrayList<>();
            for (InputFact f : base.facts()) {
                if (f instanceof Replica r && !FailureMode.changes(r).isEmpty()) {
                    owners.put(r.pointer(), new Failure(r.path() + " on " + written(base, r.server()),
                            FailureMode.OUT_OF_SERVICE.label()));
                    serverOf.put(r.pointer(), r.server());
                    changes.addAll(FailureMode.changes(r));
                }
            }
            out.addAll(attribute(facts, changes, owners, serverOf, FailureMode.OUT_OF_SERVICE.label()));
        }
        return out;
    }

    private List<Single> attribute(FactTree facts, List<String> texts, Map<String, Failure> owners,
                                   Map<String, String> serverOf, String mode) throws ChangeException {
        if (texts.isEmpty()) {
            return List.of();
        }
        LoadResult loaded = facts.fork(parser.parseAll(texts));
        if (!loaded.ok()) {
            throw new ChangeException("the failures `" + mode + "` give an invalid file: "
                    + loaded.problems().get(0).render());
        }
        Map<String, List<Replacement>> byOwner = new LinkedHashMap<>();
        for (Replacement r : Replacement.between(facts.snapshot(), loaded.snapshot())) {
            String pointer = (r.before() != null ? r.before() : r.after()).pointer();
            String owner = pointer;
            while (owner != null && !owners.containsKey(owner)) {
                int slash = owner.lastIndexOf('/');
                owner = slash <= 0 ? null : owner.substring(0, slash);
            }
            if (owner == null) {
                throw new ChangeException("the failures `" + mode + "` of " + facts.source()
                        + " change a fact of none of them, at " + pointer);
            }
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
        }
        List<Single> out = new ArrayList<>();
        for (Map.Entry<String, Failure> e : owners.entrySet()) {
            List<Replacement> own = byOwner.get(e.getKey());
            if (own != null) {
                out.add(new Single(e.getValue(), e.getKey(), serverOf.get(e.getKey()), List.copyOf(own)));
            }
        }
        return out;
    }

    private static String written(Snapshot base, String name) {
        return base.writtenNames().getOrDefault(name, name);
    }

    /**
     * The pairs of failures of different entities to evaluate together: every pair, or only those whose servers
     * (a replica's server, for a replica) both belong to what one request depends on.
     */
    private static List<int[]> pairs(Snapshot base, List<Single> singles, boolean all) {
        List<int[]> out = new ArrayList<>();
        if (all) {
            for (int i = 0; i < singles.size(); i++) {
                for (int j = i + 1; j < singles.size(); j++) {
                    if (!singles.get(i).entity().equals(singles.get(j).entity())) {
                        out.add(new int[] {i, j});
                    }
                }
            }
            return out;
        }
        Map<String, List<Integer>> byServer = new HashMap<>();
        for (int i = 0; i < singles.size(); i++) {
            byServer.computeIfAbsent(key(singles.get(i).server()), k -> new ArrayList<>()).add(i);
        }
        Set<Long> seen = new HashSet<>();
        for (Set<String> servers : dependencies(base)) {
            List<Integer> failures = new ArrayList<>();
            for (String s : servers) {
                failures.addAll(byServer.getOrDefault(s, List.of()));
            }
            for (int a = 0; a < failures.size(); a++) {
                for (int b = a + 1; b < failures.size(); b++) {
                    int i = Math.min(failures.get(a), failures.get(b));
                    int j = Math.max(failures.get(a), failures.get(b));
                    if (!singles.get(i).entity().equals(singles.get(j).entity())
                            && seen.add((long) i * singles.size() + j)) {
                        out.add(new int[] {i, j});
                    }
                }
            }
        }
        out.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return out;
    }

    /** For each request, the servers it depends on (see the class comment), each distinct set once. */
    private static Set<Set<String>> dependencies(Snapshot base) {
        Map<String, String> clusterOf = new HashMap<>();
        Map<String, Set<String>> members = new HashMap<>();
        Map<String, Set<String>> coexistence = new HashMap<>();
        List<Request> requests = new ArrayList<>();
        for (InputFact f : base.facts()) {
            if (f instanceof Server s && s.cluster() != null) {
                String cluster = s.cluster().toLowerCase(Locale.ROOT);
                clusterOf.put(key(s.name()), cluster);
                members.computeIfAbsent(cluster, k -> new TreeSet<>()).add(key(s.name()));
            } else if (f instanceof ForeignDomainDocument d && d.domain() != null) {
                Set<String> servers = coexistence.computeIfAbsent(d.domain().toLowerCase(Locale.ROOT),
                        k -> new TreeSet<>());
                servers.add(key(d.gatewayServer()));
                servers.add(key(d.calendarServer()));
            } else if (f instanceof Request r) {
                requests.add(r);
            }
        }
        Set<Set<String>> out = new LinkedHashSet<>();
        for (Request r : requests) {
            Set<String> named = new TreeSet<>();
            for (String s : new String[] {r.server(), r.from(), r.templateServer()}) {
                if (s != null) {
                    named.add(key(s));
                }
            }
            if (r.foreignDomain() != null) {
                named.addAll(coexistence.getOrDefault(r.foreignDomain().toLowerCase(Locale.ROOT), Set.of()));
            }
            Set<String> depends = new TreeSet<>(named);
            for (String s : named) {
                String cluster = clusterOf.get(s);
                if (cluster != null) {
                    depends.addAll(members.get(cluster));
                }
            }
            depends.remove(key(null));
            out.add(depends);
        }
        return out;
    }

    private static String key(String server) {
        return server == null ? "" : server.toLowerCase(Locale.ROOT);
    }

    /** The outcome changes of every scenario, in scenario order. */
    private record Forked(List<List<OutcomeChange>> changes) {
    }

    /**
     * One failure forked alone ({@code outer}, an index into the singles) and the pairs (indexes into the pairs)
     * forked on top of it, each adding its other failure to it.
     */
    record Group(int outer, List<Integer> pairs) {
        int weight() {
            return 1 + pairs.size();
        }
    }

    /**
     * Every single failure once as the outer fork of a group, and every pair in the group of one of its two
     * failures: the failure with the most pairs left takes them all, so a failure many pairs share (a coexistence
     * server every foreign-domain request goes through) is applied once, not once per pair, and each pair costs
     * only its other failure.
     */
    static List<Group> groups(Plan plan) {
        int n = plan.singles().size();
        List<List<Integer>> pairsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pairsOf.add(new ArrayList<>());
        }
        for (int p = 0; p < plan.pairs().size(); p++) {
            pairsOf.get(plan.pairs().get(p)[0]).add(p);
            pairsOf.get(plan.pairs().get(p)[1]).add(p);
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> pairsOf.get(i).size()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        boolean[] taken = new boolean[plan.pairs().size()];
        List<Group> out = new ArrayList<>(n);
        for (int i : order) {
            List<Integer> own = new ArrayList<>();
            for (int p : pairsOf.get(i)) {
                if (!taken[p]) {
                    taken[p] = true;
                    own.add(p);
                }
            }
            out.add(new Group(i, own));
        }
        return out;
    }

    private Forked evaluateAll(Snapshot base, Plan plan) throws EvaluationException {
        List<Group> groups = groups(plan);
        int n = Math.max(1, Math.min(jobs, groups.size()));
        int scenarios = plan.singles().size() + plan.pairs().size();
        List<List<OutcomeChange>> out = new ArrayList<>(scenarios);
        for (int k = 0; k < scenarios; k++) {
            out.add(List.of());
        }
        if (n == 1) {
            share(base, plan, groups, out);
            return new Forked(out);
        }
        // Each live session takes groups, the heaviest first, to whichever has the least work so far.
        List<List<Group>> shares = new ArrayList<>();
        long[] work = new long[n];
        for (int id = 0; id < n; id++) {
            shares.add(new ArrayList<>());
        }
        List<Group> heaviest = new ArrayList<>(groups);
        heaviest.sort(Comparator.comparingInt(Group::weight).reversed());
        for (Group g : heaviest) {
            int least = 0;
            for (int id = 1; id < n; id++) {
                if (work[id] < work[least]) {
                    least = id;
                }
            }
            shares.get(least).add(g);
            work[least] += g.weight();
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (List<Group> share : shares) {
                futures.add(pool.submit(() -> {
                    share(base, plan, share, out);
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
            return new Forked(out);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EvaluationException ee) {
                throw ee;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A live session of the file, opened again when a fork's closing failed, and the file's outcomes. */
    private final class Live {
        private final Snapshot base;
        private final SortedMap<Outcomes.Key, String> before;
        private LiveSession session;

        Live(Snapshot base) throws EvaluationException {
            this.base = base;
            this.session = LiveSession.open(rules, base, Evaluator.Detail.OUTCOMES, 0);
            this.before = Outcomes.of(session.conclusions());
        }

        void reopen() throws EvaluationException {
            session.close();
            session = LiveSession.open(rules, base, Evaluator.Detail.OUTCOMES, 0);
        }

        /** The outcome changes of a fresh evaluation of the file with {@code replacements}. */
        List<OutcomeChange> fresh(List<Replacement> replacements) throws EvaluationException {
            afresh.incrementAndGet();
            return compare(before, Outcomes.of(new Evaluator(rules).evaluate(Replacement.applied(base, replacements),
                    Evaluator.Detail.OUTCOMES, 0).conclusions()));
        }
    }

    /**
     * Forks {@code groups} on one live session of {@code base}: each group's failure, then each of its pairs' other
     * failure on top. A fork whose closing does not give back the facts' conclusions is evaluated afresh instead
     * (on a changed copy), and the sweep goes on with a new live session: the result stays that of fresh
     * evaluations.
     *
     * <p>That happened once, to one pair of a depth-2 sweep of the generated 200-server file, and has not been seen
     * since: the same 1,700 forks, in the old order (both failures of a pair applied together), restore exactly in a
     * fresh session and in sessions reused after evaluations and sweeps, as do the nested pairs and every single
     * failure of {@code ForkEqualityTest} and every benchmark sweep ({@code bench sweep} prints how many failures
     * were evaluated afresh). What breaks a restore is known: a derivation truth maintenance cannot take back (a
     * plain {@code insert}, {@code modify} or {@code delete}, which {@code check} refuses) or a declared type that
     * is not all-key (equal facts of other values merge, see rules/README.md), which nothing checks in a pack a
     * consultant edits; the cause of that one case was not found. The guard stays for such packs: a wrong restore
     * costs one fresh evaluation, never a wrong result.
     */
    private void share(Snapshot base, Plan plan, List<Group> groups, List<List<OutcomeChange>> out)
            throws EvaluationException {
        Live live = new Live(base);
        try {
            for (Group g : groups) {
                group(live, plan, g, out);
            }
        } finally {
            live.session.close();
        }
    }

    private void group(Live live, Plan plan, Group g, List<List<OutcomeChange>> out) throws EvaluationException {
        List<Replacement> first = plan.singles().get(g.outer()).replacements();
        LiveSession.Fork outer = live.session.fork(first);
        Map<Outcomes.Key, String> alone = touched(outer);
        set(out, g.outer(), differing(live.before, alone));
        for (int p : g.pairs()) {
            int[] pair = plan.pairs().get(p);
            List<Replacement> second = plan.singles().get(pair[0] == g.outer() ? pair[1] : pair[0]).replacements();
            LiveSession.Fork inner = live.session.fork(second);
            Map<Outcomes.Key, String> both = new TreeMap<>(alone);
            both.putAll(touched(inner));
            List<OutcomeChange> changes = differing(live.before, both);
            try {
                inner.close();
            } catch (EvaluationException e) {
                if (!NOT_RESTORED.equals(e.problem().code())) {
                    throw e;
                }
                List<Replacement> all = new ArrayList<>(first);
                all.addAll(second);
                changes = live.fresh(all);
                live.reopen();
                outer = live.session.fork(first);
            }
            set(out, plan.singles().size() + p, changes);
        }
        try {
            outer.close();
        } catch (EvaluationException e) {
            if (!NOT_RESTORED.equals(e.problem().code())) {
                throw e;
            }
            set(out, g.outer(), live.fresh(first));
            live.reopen();
        }
    }

    private static void set(List<List<OutcomeChange>> out, int k, List<OutcomeChange> changes) {
        synchronized (out) {
            out.set(k, changes);
        }
    }

    /**
     * The outcomes of the conclusions a fork removed or added: each key to its outcome in the fork, null for one
     * the fork no longer concludes.
     */
    private static Map<Outcomes.Key, String> touched(LiveSession.Fork fork) {
        Map<Outcomes.Key, String> touched = new TreeMap<>();
        for (Conclusion c : fork.removed()) {
            for (Map.Entry<Outcomes.Key, String> e : Outcomes.of(List.of(c)).entrySet()) {
                touched.putIfAbsent(e.getKey(), null);
            }
        }
        touched.putAll(Outcomes.of(fork.added()));
        return touched;
    }

    /** The outcomes a fork changes: those of the conclusions it removed or added, compared with {@code before}. */
    static List<OutcomeChange> changes(SortedMap<Outcomes.Key, String> before, LiveSession.Fork fork) {
        return differing(before, touched(fork));
    }

    /** The outcomes {@code touched} gives a value (null: none) that differ from {@code before}, in key order. */
    private static List<OutcomeChange> differing(SortedMap<Outcomes.Key, String> before,
                                                 Map<Outcomes.Key, String> touched) {
        List<OutcomeChange> out = new ArrayList<>();
        for (Map.Entry<Outcomes.Key, String> e : touched.entrySet()) {
            String was = before.get(e.getKey());
            if (!Objects.equals(was, e.getValue())) {
                out.add(new OutcomeChange(e.getKey().type(), e.getKey().subject(), was, e.getValue()));
            }
        }
        return out;
    }

    /** Every conclusion whose outcome differs, by type and subject. */
    static List<OutcomeChange> compare(SortedMap<Outcomes.Key, String> before, SortedMap<Outcomes.Key, String> after) {
        Set<Outcomes.Key> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<OutcomeChange> out = new ArrayList<>();
        for (Outcomes.Key k : keys) {
            if (!Objects.equals(before.get(k), after.get(k))) {
                out.add(new OutcomeChange(k.type(), k.subject(), before.get(k), after.get(k)));
            }
        }
        return out;
    }
}
