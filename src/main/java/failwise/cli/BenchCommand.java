package failwise.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise bench}: generates synthetic topologies and measures how fast the rules build and evaluate. */
@Command(name = "bench", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        subcommands = {BenchGenerateCommand.class, BenchBuildCommand.class, BenchEvaluateCommand.class,
            BenchBatchCommand.class, BenchScaleCommand.class, BenchSweepCommand.class, BenchWhatIfCommand.class, BenchImportCommand.class,
            BenchAllCommand.class},
        description = {
            "Measures failwise on synthetic topologies: how long the rules take to build, how long one "
                    + "evaluation takes once warm, how a batch of many files compares with only parsing them, "
                    + "how one very large file scales, how a failure sweep compares with one evaluation, and "
                    + "how evaluate --set and explain --why-not compare with the plain commands.",
            "",
            "Every figure is a median of repeated runs in this JVM (the count is printed beside it); the cold "
                    + "start of a fresh JVM is measured by src/bench/cold-start.sh. The generated files are seeded: "
                    + "the same seed always gives the same bytes."},
        footer = {
            "",
            "Examples:",
            "  failwise bench generate --size 10 --files 100 --seed 7 --out /tmp/topologies",
            "      100 files, each ten times the typical scenario",
            "  failwise bench evaluate --runs 20000",
            "      median and p99 of one warm evaluation of the typical scenario, explanations on",
            "  failwise bench all",
            "      every measurement with its default settings (about a quarter of an hour)"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
