package failwise.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code failwise rules}: works on the rule pack itself; today, exports the bundled pack to edit it. */
@Command(name = "rules", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        subcommands = {RulesExportCommand.class},
        description = {"Works on the rule pack itself. `rules export DIR` writes the pack bundled with failwise "
                + "to a folder, to read and edit; run with --rules DIR afterwards."},
        footer = {"", "Examples:", "  failwise rules export my-rules && failwise --rules my-rules check"})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
