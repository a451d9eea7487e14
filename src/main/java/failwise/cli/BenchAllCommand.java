package failwise.cli;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise bench all}: every in-JVM measurement with its default settings, one after the other. */
@Command(name = "all", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        description = {
            "Runs bench build, bench evaluate, bench batch and bench scale with their defaults, in that order, "
                    + "in this JVM. It takes about a quarter of an hour on two idle cores, and the 10,000-server "
                    + "file of bench scale needs about 5 GB of heap; cold start is measured apart, by "
                    + "src/bench/cold-start.sh."},
        footer = {"", "Examples:", "  java -Xmx8g -jar target/failwise.jar bench all"})
final class BenchAllCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Override
    public Integer call() throws Exception {
        RuleSource source = bench.parent.locateRules(spec);
        RuleBase rules = source == null ? null
                : bench.parent.compileRules(spec, source.files(RuleSource.Pack.CONCLUSIONS));
        if (rules == null) {
            return ExitCodes.RULES;
        }
        PrintWriter out = spec.commandLine().getOut();
        BenchBuildCommand build = new BenchBuildCommand();
        build.spec = spec;
        build.measure(out, source);
        BenchEvaluateCommand evaluate = new BenchEvaluateCommand();
        evaluate.measure(out, rules);
        new BenchBatchCommand().measure(out, rules);
        new BenchScaleCommand().measure(out, rules);
        return ExitCodes.OK;
    }
}
