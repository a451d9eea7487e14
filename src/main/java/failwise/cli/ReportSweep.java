package failwise.cli;

import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.report.ImpactRow;
import failwise.report.Impacts;
import failwise.whatif.ChangeException;
import failwise.whatif.FactTree;
import failwise.whatif.Sweep;
import failwise.whatif.SweepResult;
import java.util.ArrayList;
import java.util.List;

/** Runs the failure sweep of {@code failwise sweep} on a file for the report, and lays its result out as rows. */
final class ReportSweep {
    private final Sweep sweep;
    private final int depth;

    /** The impacts for the page; when the sweep could not run, the line for stderr and the exit code it earns. */
    record Outcome(Impacts impacts, String problem, int exitCode) {
    }

    ReportSweep(RuleBase rules, int depth) {
        this.sweep = new Sweep(rules, Runtime.getRuntime().availableProcessors());
        this.depth = depth;
    }

    /** The impacts of every failure on the file {@code facts} holds; only called for a file that evaluated. */
    Outcome run(FactTree facts) {
        try {
            SweepResult result = sweep.run(facts, depth);
            List<ImpactRow> rows = new ArrayList<>();
            for (SweepResult.Impact impact : result.impacts()) {
                for (SweepResult.OutcomeChange c : impact.changes()) {
                    rows.add(new ImpactRow(impact.downServers(), c.type(), c.subject(), c.before(), c.after(),
                            c.worse(), null));
                }
            }
            Impacts impacts = new Impacts(result.depth(), result.scenarios(), result.impacts().size(), rows, null);
            return new Outcome(impacts, null, ExitCodes.OK);
        } catch (EvaluationException e) {
            return failed(e.problem().render(), ExitCodes.RULES);
        } catch (ChangeException e) {
            return failed(e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }

    private Outcome failed(String problem, int exitCode) {
        return new Outcome(Impacts.failed(depth, problem), problem, exitCode);
    }
}
