package failwise.cli;

import failwise.engine.Evaluation;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.explain.Citation;
import failwise.explain.ConclusionText;
import failwise.model.Conclusion;
import failwise.verify.CaseResult;
import failwise.watch.WatchOutput;
import failwise.watch.Watcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise watch}: re-evaluates fact files whenever they or the rules change, and says what changed. */
@Command(name = "watch", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:stopped with Ctrl-C", ExitCodes.HELP_USAGE,
            "3:the rules do not compile when the watch starts"},
        description = {
            "Evaluates the fact files once and prints their conclusions, then watches the rule files and the fact "
                    + "files. After each change it evaluates again and prints only what changed: `+` a new "
                    + "conclusion, `-` one that is gone, `~` a conclusion whose fields changed (old → new), or "
                    + "\"no change in conclusions\".",
            "",
            "A rule file that no longer compiles prints its problems (file:line:col) and the last good rules stay "
                    + "in force until it is fixed; a fact file that becomes invalid prints its problem and the "
                    + "watch goes on. Ctrl-C stops it.",
            "",
            "An edit recompiles only the rule files it touches and updates the rules in place, so a saved rule "
                    + "shows its effect in about half a second; adding or removing a rule file, or editing one that "
                    + "declares types, recompiles the whole pack."},
        footer = {
            "",
            "Examples:",
            "  failwise watch site.json",
            "      edit rules/*.drl or site.json in another window and see each change's effect",
            "  failwise watch --rules my-rules site.json other-site.yaml",
            "      with an edited copy of the pack, on two files"})
final class WatchCommand implements Callable<Integer> {
    static final Duration POLL = Duration.ofMillis(300);
    static final Duration DEBOUNCE = Duration.ofMillis(100);

    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fact files to watch (.json, .yaml or .yml).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RuleSource source = parent.locateRules(spec);
        if (source == null) {
            return ExitCodes.RULES;
        }
        RuleBase rules = parent.compileRules(spec, source.files());
        if (rules == null) {
            return ExitCodes.RULES;
        }
        if (source.directory() == null) {
            err.println("the bundled rules cannot change, so only the fact files are watched");
            err.flush();
        }
        Watcher watcher = watcher(rules, source.directory(), files, spec.commandLine().getOut(), err,
                Clock.systemDefaultZone(), POLL, DEBOUNCE);
        runUntilInterrupted(watcher);
        return ExitCodes.OK;
    }

    /** The watcher with the command line's text report; tests build it here to drive it in-process. */
    static Watcher watcher(RuleBase rules, Path rulesFolder, List<Path> files, PrintWriter out, PrintWriter err,
                           Clock clock, Duration poll, Duration debounce) {
        TextReport report = new TextReport(out, err, false, Focus.ALL);
        WatchOutput output = new WatchOutput() {
            @Override
            public void report(CaseResult result) {
                report.print(result);
            }

            @Override
            public String headline(Evaluation evaluation, Conclusion conclusion) {
                return new ConclusionText(evaluation).headline(conclusion)
                        + "  " + Citation.bracketed(evaluation.ruleOf(conclusion));
            }
        };
        return new Watcher(rules, rulesFolder, files, out, err, output, clock, poll, debounce);
    }

    /**
     * Ctrl-C runs the shutdown hooks while the watch is still running: the hook stops it and waits for the
     * current evaluation to finish printing, so the user sees whole lines and no stack trace.
     */
    private void runUntilInterrupted(Watcher watcher) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            watcher.stop();
            try {
                done.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "failwise-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            watcher.run();
        } finally {
            spec.commandLine().getOut().println("stopped watching");
            spec.commandLine().getOut().flush();
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running, which is how we got here
            }
        }
    }
}
