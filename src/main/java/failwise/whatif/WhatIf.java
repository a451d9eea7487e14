package failwise.whatif;

import failwise.engine.Evaluation;
import failwise.engine.EvaluationException;
import failwise.engine.Evaluator;
import failwise.engine.LiveSession;
import failwise.engine.RuleBase;
import failwise.facts.LoadResult;
import failwise.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Evaluates a fact file and a changed copy of it on the same rules, and tells what the changes change. */
public final class WhatIf {
    private final RuleBase rules;
    private final boolean explain;

    /** {@code explain} keeps the premises of every firing, for renderers that show the trees. */
    public WhatIf(RuleBase rules, boolean explain) {
        this.rules = rules;
        this.explain = explain;
    }

    /** Both evaluations and the conclusions that differ between them. */
    public record Result(List<Change> changes, Evaluation before, Evaluation after, List<Difference> differences) {
        public Result {
            changes = List.copyOf(changes);
            differences = List.copyOf(differences);
        }
    }

    /** The file evaluated once, the changes applied as a fork of that live evaluation. */
    public Result run(FactTree facts, List<Change> changes) throws ChangeException, EvaluationException {
        FactTree.Changed changed = change(facts, changes);
        try (LiveSession live = LiveSession.open(rules, facts.snapshot(),
                explain ? Evaluator.Detail.EXPLAINED : Evaluator.Detail.OUTCOMES, 0)) {
            Evaluation before = live.evaluation();
            // The session is dropped with the fork open: nothing is evaluated after it, so nothing is put back.
            Evaluation after = live.fork(changed.replacements()).evaluation(changed.load().snapshot());
            return new Result(changes, before, after, ConclusionDiff.of(before.conclusions(), after.conclusions()));
        }
    }

    /**
     * The changed copy, checked, and its replacements; a value the fact contract refuses is reported with the change
     * that made it: of several changes, those that alone give the same problem, else (the problem comes of changes
     * together) all.
     */
    static FactTree.Changed change(FactTree facts, List<Change> changes) throws ChangeException {
        FactTree.Changed changed = facts.changed(changes);
        LoadResult fork = changed.load();
        if (!fork.ok()) {
            List<String> lines = new ArrayList<>();
            for (Problem problem : fork.problems()) {
                List<Change> from = changes.size() == 1 ? changes : madeBy(facts, changes, problem);
                String after = (from.isEmpty() ? changes : from).stream().map(Change::quoted)
                        .collect(Collectors.joining(" "));
                lines.add(problem.render() + " (after " + after + ")");
            }
            throw new ChangeException(lines);
        }
        return changed;
    }

    private static List<Change> madeBy(FactTree facts, List<Change> changes, Problem problem) {
        List<Change> from = new ArrayList<>();
        for (Change change : changes) {
            try {
                if (facts.fork(List.of(change)).problems().contains(problem)) {
                    from.add(change);
                }
            } catch (ChangeException needsAnother) {
                // Its target exists only after another change: not the one alone, then.
            }
        }
        return from;
    }
}
