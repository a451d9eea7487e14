package failwise.cli;

import failwise.engine.RuleBase;
import failwise.engine.RuleBaseCache;
import failwise.engine.RuleCompileException;
import failwise.engine.RuleFileException;
import failwise.engine.RuleSource;
import failwise.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top {@code failwise} command: holds the options every subcommand shares and compiles the rules for them. */
@Command(name = "failwise", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILED,
            ExitCodes.HELP_USAGE, ExitCodes.HELP_RULES, ExitCodes.HELP_INPUT, ExitCodes.HELP_INTERNAL},
        // In the order a consultant meets them: a first file, one file, many files, what-ifs, the customer's page,
        // rule work.
        subcommands = {InitCommand.class, ImportCommand.class, EvaluateCommand.class, ExplainCommand.class,
            BatchCommand.class, SweepCommand.class, DiffCommand.class, ReportCommand.class, CheckCommand.class,
            WatchCommand.class, RulesCommand.class, SchemaCommand.class, BenchCommand.class, HelpCommand.class},
        description = {
            "Predicts and explains HCL Domino failover, mail routing and free/busy coexistence from a fact file "
                    + "that describes the topology and the requests to try against it.",
            "",
            "The rules are read from DRL files at start-up: from the folder given with --rules, else from the "
                    + "rules folder of the current directory, else from the pack bundled with failwise. Edit a "
                    + ".drl file and run again: nothing needs rebuilding."},
        footer = {
            "",
            "Examples:",
            "  failwise evaluate test-facts/failover/f1-busy-home-server-redirects-to-most-available.json",
            "  failwise explain site.json --request open-mail",
            "  failwise --rules my-rules evaluate --format json site.json",
            "  failwise help evaluate"})
public final class FailwiseCommand implements Callable<Integer> {
    static final String VERSION = "failwise 0.1.0";

    @Spec
    CommandSpec spec;

    // The folder is taken whatever it is called: `--rules rules` names the folder, not the `rules` command.
    @Option(names = "--rules", paramLabel = "DIR", scope = ScopeType.INHERIT, parameterConsumer = Folder.class,
            description = "Folder of .drl rule files to use instead of ./rules or the bundled pack.")
    Path rules;

    /** Takes the next argument as the folder, even when it is also the name of a command. */
    static final class Folder implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec option, CommandSpec command) {
            if (args.isEmpty()) {
                throw new MissingParameterException(command.commandLine(), option,
                        "Missing required parameter for option '--rules' (DIR)");
            }
            option.setValue(Path.of(args.pop()));
        }
    }

    @Option(names = "--no-cache", scope = ScopeType.INHERIT,
            description = "Compile the rules even when an unchanged copy is cached (also: FAILWISE_NO_CACHE=1). "
                    + "The cache is keyed by the rule files' contents, so an edited rule always takes effect.")
    boolean noCache;

    @Option(names = "--timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT, defaultValue = "600",
            description = "The time the rules may take on one fact file before they are stopped and the rule that was "
                    + "running is named (exit 3). Default: ${DEFAULT-VALUE} seconds.")
    long timeoutSeconds;

    @Override
    public Integer call() {
        // No subcommand: that is a usage error, and the usage is the most useful answer to it.
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * Locates and compiles the rules of {@code pack}: a command that shows no why-not leaves out the files marked
     * why-not only, which makes every evaluation cheaper. A rules folder that does not exist is a usage error (thrown as picocli's
     * {@link ParameterException} so it prints with the usage); rules that do not compile are printed one problem
     * a line on {@code err}, and null is returned: the caller exits with {@link ExitCodes#RULES}.
     */
    RuleBase compileRules(CommandSpec caller, RuleSource.Pack pack) {
        RuleSource source = locateRules(caller);
        return source == null ? null : compileRules(caller, source.files(pack));
    }

    /**
     * Compiles rule files already located (every file of the source, or those of one pack), through the cache unless
     * it is turned off (each pack has an entry of its own); null after printing why not.
     */
    RuleBase compileRules(CommandSpec caller, java.util.List<failwise.engine.RuleFile> files) {
        PrintWriter err = caller.commandLine().getErr();
        if (timeoutSeconds <= 0) {
            throw new ParameterException(caller.commandLine(),
                    "--timeout: expected a number of seconds above 0, found `" + timeoutSeconds + "`");
        }
        try {
            RuleBaseCache cache = noCache ? null : RuleBaseCache.standard();
            RuleBase compiled = cache == null ? RuleBase.compile(files) : cache.compile(files);
            if (cache != null) {
                cache.refusals().forEach(why -> err.println("failwise: warning: " + why));
                err.flush();
            }
            compiled.limitEvaluationTime(java.time.Duration.ofSeconds(timeoutSeconds));
            return compiled;
        } catch (RuleCompileException e) {
            for (Problem p : e.problems()) {
                err.println(p.render());
            }
            err.flush();
            return null;
        }
    }

    /** Finds the rule files as {@link #compileRules} does, without compiling them; null after printing why not. */
    RuleSource locateRules(CommandSpec caller) {
        PrintWriter err = caller.commandLine().getErr();
        RuleSource source;
        try {
            source = RuleSource.locate(rules, Path.of("").toAbsolutePath());
        } catch (RuleFileException e) {
            err.println(e.getMessage());
            err.flush();
            return null;
        } catch (IOException e) {
            if (rules != null) {
                throw new ParameterException(caller.commandLine(), "--rules " + e.getMessage());
            }
            err.println("failwise: " + e.getMessage());
            return null;
        }
        if (source.files().isEmpty()) {
            err.println(source.description() + ": warning: no .drl rule files, so nothing will be concluded");
        }
        return source;
    }
}
