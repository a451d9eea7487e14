package failwise.whatif;

import com.fasterxml.jackson.databind.node.TextNode;
import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.facts.LoadResult;
import failwise.model.Server;
import failwise.model.Snapshot;
import failwise.whatif.SweepResult.Impact;
import failwise.whatif.SweepResult.OutcomeChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The failure sweep: takes each server of a fact file down alone (and, at depth 2, each pair together), evaluates
 * every fork on the one compiled rule base, in parallel, and reports which outcomes change under which failure.
 * Servers already down are left out. The result does not depend on the number of jobs.
 */
public final class Sweep {
    private final Evaluator evaluator;
    private final int jobs;

    /** {@code jobs} forks are evaluated at once (at least 1); the rule base is shared, sessions are not. */
    public Sweep(RuleBase rules, int jobs) {
        this.evaluator = new Evaluator(rules);
        this.jobs = Math.max(1, jobs);
    }

    public SweepResult run(FactTree facts, int depth) throws EvaluationException, ChangeException {
        if (depth < 1 || depth > 2) {
            throw new IllegalArgumentException("depth must be 1 or 2, was " + depth);
        }
        Snapshot base = facts.snapshot();
        SortedMap<Outcomes.Key, String> before = Outcomes.of(evaluator.evaluate(base, false, 0).conclusions());
        List<String> servers = base.facts().stream().filter(Server.class::isInstance).map(Server.class::cast)
                .filter(s -> !"DOWN".equals(s.state())).map(Server::name).toList();
        List<List<String>> scenarios = new ArrayList<>();
        servers.forEach(s -> scenarios.add(List.of(s)));
        for (int i = 0; depth == 2 && i < servers.size(); i++) {
            for (int j = i + 1; j < servers.size(); j++) {
                scenarios.add(List.of(servers.get(i), servers.get(j)));
            }
        }
        List<List<OutcomeChange>> changes = evaluateAll(facts, scenarios, before);
        Map<String, String> written = base.writtenNames();
        List<Impact> impacts = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            List<String> down = scenarios.get(k);
            List<OutcomeChange> own = new ArrayList<>(changes.get(k));
            if (down.size() == 2) {
                // A pair reports only what neither of its servers does alone.
                own.removeAll(changes.get(servers.indexOf(down.get(0))));
                own.removeAll(changes.get(servers.indexOf(down.get(1))));
            }
            if (!own.isEmpty()) {
                impacts.add(new Impact(down.stream().map(s -> written.getOrDefault(s, s)).toList(), own));
            }
        }
        impacts.sort(Comparator.comparingInt(Impact::worse).reversed()
                .thenComparingInt(i -> i.downServers().size())
                .thenComparing(i -> String.join("\u0000", i.downServers())));
        return new SweepResult(base.source(), depth, scenarios.size(), impacts);
    }

    private List<List<OutcomeChange>> evaluateAll(FactTree facts, List<List<String>> scenarios,
                                                  SortedMap<Outcomes.Key, String> before)
            throws EvaluationException, ChangeException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, scenarios.size())));
        try {
            List<Future<List<OutcomeChange>>> futures = new ArrayList<>();
            for (List<String> down : scenarios) {
                futures.add(pool.submit(() -> changes(facts, down, before)));
            }
            List<List<OutcomeChange>> out = new ArrayList<>();
            for (Future<List<OutcomeChange>> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EvaluationException ee) {
                throw ee;
            } else if (e.getCause() instanceof ChangeException ce) {
                throw ce;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<OutcomeChange> changes(FactTree facts, List<String> down, SortedMap<Outcomes.Key, String> before)
            throws EvaluationException, ChangeException {
        List<Change> changes = new ArrayList<>();
        for (String server : down) {
            changes.add(new Change(server + ".state=DOWN", Change.Kind.SERVER, server, "state", null,
                    Change.Op.SET, TextNode.valueOf("DOWN")));
        }
        LoadResult fork = facts.fork(changes);
        if (!fork.ok()) {
            throw new ChangeException("taking " + String.join(" and ", down) + " down gives an invalid file: "
                    + fork.problems().get(0).render());
        }
        SortedMap<Outcomes.Key, String> after = Outcomes.of(evaluator.evaluate(fork.snapshot(), false, 0).conclusions());
        return compare(before, after);
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
