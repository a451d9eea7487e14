package failwise.cli;

import failwise.bench.BuildBench;
import failwise.bench.Samples;
import failwise.engine.RuleCompileException;
import failwise.engine.RuleSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise bench build}: how long compiling the rule pack takes, first in the JVM and then warm. */
@Command(name = "build", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        description = {
            "Compiles the rules repeatedly in this JVM and prints the first build (cold: classes load, the JIT "
                    + "has not run) and the median of the others (warm: what watch pays on every rule edit).",
            "",
            "The compiled-rules cache is not used here: every run compiles the DRL."},
        footer = {"", "Examples:", "  failwise bench build", "  failwise --rules my-rules bench build --runs 21"})
final class BenchBuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--runs", paramLabel = "N", description = "Builds to time, the first included. Default: ${DEFAULT-VALUE}.")
    int runs = 11;

    @Override
    public Integer call() throws RuleCompileException {
        RuleSource source = bench.parent.locateRules(spec);
        if (source == null) {
            return ExitCodes.RULES;
        }
        return measure(spec.commandLine().getOut(), source);
    }

    int measure(PrintWriter out, RuleSource source) throws RuleCompileException {
        if (runs < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 2, found `" + runs + "`");
        }
        Samples s = BuildBench.compile(source.files(), runs);
        Samples warm = s.withoutFirst();
        out.printf("rule-base build (%d files): first in this JVM %s; warm median %s, p90 %s (%d runs)%n",
                source.files().size(), Samples.human(s.first()), Samples.human(warm.median()),
                Samples.human(warm.percentile(90)), warm.count());
        out.flush();
        return ExitCodes.OK;
    }
}
