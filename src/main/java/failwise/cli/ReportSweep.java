package failwise.cli;

import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.facts.FactLoader;
import failwise.report.ImpactRow;
import failwise.report.Impacts;
import failwise.whatif.ChangeException;
import failwise.whatif.FactTree;
import failwise.whatif.Sweep;
import failwise.whatif.SweepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the failure sweep of {@code failwise sweep} on a file for the report, and lays its result out as rows. */
final class ReportSweep {
    private final Sweep sweep;
    private final int depth;
    private final FactLoader loader = new FactLoader();

    /** The impacts for the page; when the sweep could not run, the line for stderr and the exit code it earns. */
    record Outcome(Impacts impacts, String problem, int exitCode) {
    }

    ReportSweep(RuleBase rules, int depth) {
        this.sweep = new Sweep(rules, Runtime.getRuntime().availableProcessors());
        this.depth = depth;
    }

    /** The impacts of every failure on {@code file}; only called for a file that evaluated. */
    Outcome run(Path file) {
        FactTree.Read read = FactTree.read(file, loader);
        if (read.tree() == null) {
            String problem = read.problems().isEmpty() ? file + ": could not be read again"
                    : read.problems().get(0).render();
            return failed(problem, ExitCodes.BAD_INPUT);
        }
        try {
            SweepResult result = sweep.run(read.tree(), depth);
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
