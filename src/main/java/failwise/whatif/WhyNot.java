package failwise.whatif;

import failwise.engine.Because;
import failwise.engine.Evaluation;
import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.LiveSession;
import failwise.engine.RuleBase;
import failwise.model.Conclusion;
import failwise.verify.FactFields;
import failwise.whatif.SweepResult.OutcomeChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.SortedMap;

/**
 * Why not: collects the {@code Obstacle} and {@code Remedy} facts the rule pack derives for a request, then tries
 * each remedy alone on a copy of the facts and keeps those that flip the outcome; when none does, it tries pairs
 * (at most {@link #MAX_PAIRS}). Nothing is guessed: a remedy is reported only once its evaluation confirmed it.
 */
public final class WhyNot {
    /** The most pairs of remedies tried when no single one flips the outcome. */
    public static final int MAX_PAIRS = 45;

    private final RuleBase rules;
    private final ChangeParser parser = new ChangeParser();

    public WhyNot(RuleBase rules) {
        this.rules = rules;
    }

    /**
     * Why not, for every conclusion with an outcome whose subject is {@code request}, in output order. The file is
     * evaluated once; each remedy is verified as a fork of that live evaluation.
     */
    public List<WhyNotResult> explain(FactTree facts, String request) throws EvaluationException {
        try (LiveSession live = LiveSession.open(rules, facts.snapshot(), Evaluator.Detail.EXPLAINED, 0)) {
            return explain(live, live.evaluation(), facts, request, outcome -> true);
        }
    }

    /**
     * The same on a live session of the file that is evaluated already ({@code ev} is its evaluation, with
     * explanations), for the outcomes {@code wanted} accepts: a command that explains the request too evaluates the
     * file once, and verifies remedies only for the outcomes it shows.
     */
    public List<WhyNotResult> explain(LiveSession live, Evaluation ev, FactTree facts, String request,
                                      Predicate<String> wanted) throws EvaluationException {
        List<Object> derived = live.declared(Set.of("Obstacle", "Remedy"));
        List<WhyNotResult> out = new ArrayList<>();
        for (Conclusion c : ev.conclusions()) {
            Object outcome = FactFields.of(c).get("outcome");
            if (outcome != null && request.equals(c.subject()) && wanted.test(String.valueOf(outcome))) {
                out.add(explain(facts, live, ev, derived, c, String.valueOf(outcome)));
            }
        }
        return out;
    }

    private WhyNotResult explain(FactTree facts, LiveSession live, Evaluation ev, List<Object> derived,
                                 Conclusion c, String outcome) throws EvaluationException {
        List<WhyNotResult.Obstacle> obstacles = new ArrayList<>();
        Map<String, String> proposed = new LinkedHashMap<>();
        for (Object fact : derived) {
            Map<String, Object> fields = FactFields.of(fact);
            if (!c.subject().equals(fields.get("subject"))) {
                continue;
            }
            if (fact.getClass().getSimpleName().equals("Obstacle") && ev.because(fact) instanceof Because.Derived d) {
                obstacles.add(new WhyNotResult.Obstacle(d.says(), d.rule()));
            } else if (fact.getClass().getSimpleName().equals("Remedy")) {
                proposed.putIfAbsent(String.valueOf(fields.get("change")), String.valueOf(fields.get("why")));
            }
        }
        // In the order of the pack: the rule files are numbered by concern, so the obstacles read in that order.
        obstacles.sort(Comparator.comparing((WhyNotResult.Obstacle o) -> o.rule().file())
                .thenComparingInt(o -> o.rule().line()).thenComparing(WhyNotResult.Obstacle::sentence));
        SortedMap<Outcomes.Key, String> before = Outcomes.of(ev.conclusions());
        Outcomes.Key key = new Outcomes.Key(c.type(), c.subject());
        List<String> untried = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, String> p : proposed.entrySet()) {
            try {
                candidates.add(new Candidate(parser.parse(p.getKey()), p.getValue()));
            } catch (ChangeException e) {
                untried.add(e.getMessage());
            }
        }
        Verifier verify = new Verifier(facts, live, before, key, untried);
        List<WhyNotResult.Remedy> remedies = new ArrayList<>();
        for (Candidate one : candidates) {
            verify.attempt(List.of(one)).ifPresent(remedies::add);
        }
        for (int i = 0; remedies.isEmpty() && i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size() && verify.tried < candidates.size() + MAX_PAIRS; j++) {
                verify.attempt(List.of(candidates.get(i), candidates.get(j))).ifPresent(remedies::add);
            }
        }
        return new WhyNotResult(c, outcome, obstacles, remedies, proposed.size(), verify.tried, untried);
    }

    private record Candidate(Change change, String why) {
    }

    /** Applies remedies as forks and keeps those after which the outcome is another, not a failure. */
    private final class Verifier {
        private final FactTree facts;
        private final LiveSession live;
        private final SortedMap<Outcomes.Key, String> before;
        private final Outcomes.Key key;
        private final List<String> untried;
        private int tried;

        Verifier(FactTree facts, LiveSession live, SortedMap<Outcomes.Key, String> before, Outcomes.Key key,
                 List<String> untried) {
            this.facts = facts;
            this.live = live;
            this.before = before;
            this.key = key;
            this.untried = untried;
        }

        Optional<WhyNotResult.Remedy> attempt(List<Candidate> remedy) throws EvaluationException {
            List<Change> changes = remedy.stream().map(Candidate::change).toList();
            FactTree.Changed fork;
            try {
                fork = facts.changed(changes);
            } catch (ChangeException e) {
                untried.add(e.getMessage());
                return Optional.empty();
            }
            if (!fork.load().ok()) {
                untried.add(changes + ": " + fork.load().problems().get(0).render());
                return Optional.empty();
            }
            tried++;
            List<OutcomeChange> changed;
            try (LiveSession.Fork forked = live.fork(fork.replacements())) {
                changed = Sweep.changes(before, forked);
            }
            String was = before.get(key);
            String now = changed.stream().filter(ch -> new Outcomes.Key(ch.type(), ch.subject()).equals(key))
                    .map(OutcomeChange::after).findFirst().orElse(was);
            if (Objects.equals(was, now) || Outcomes.failed(now)) {
                return Optional.empty();
            }
            List<OutcomeChange> worse = changed.stream()
                    .filter(ch -> !new Outcomes.Key(ch.type(), ch.subject()).equals(key)).filter(OutcomeChange::worse)
                    .toList();
            Map<String, String> written = facts.snapshot().writtenNames();
            return Optional.of(new WhyNotResult.Remedy(changes.stream().map(ch -> ch.shown(written)).toList(),
                    remedy.stream().map(Candidate::why).toList(), now, worse));
        }
    }
}
