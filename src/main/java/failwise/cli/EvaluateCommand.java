package failwise.cli;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise evaluate}: evaluates fact files, prints what the rules conclude and checks each expect block. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILED,
            ExitCodes.HELP_USAGE, ExitCodes.HELP_RULES, ExitCodes.HELP_INPUT},
        description = {
            "Evaluates each fact file against the rules and prints what they conclude: who serves each request, "
                    + "where mail and free/busy lookups go, what servers print, and advice about the topology.",
            "",
            "Each conclusion names the behaviour and the rule that concluded it; --explain adds the whole chain "
                    + "of rules and facts behind it. A file with an expect block is also checked, and every "
                    + "expectation that is not met is shown beside the conclusions that came closest.",
            "",
            "A file that cannot be read or is invalid is reported (file, line, column and JSON pointer) and the "
                    + "other files are still evaluated."},
        footer = {
            "",
            "Examples:",
            "  failwise evaluate site.json",
            "      what happens to every request of site.json",
            "  failwise evaluate site.json --request open-mail --type FailoverDecision",
            "      only the failover decision of request open-mail",
            "  failwise evaluate --explain test-facts/failover/*.json",
            "      the same for several files, each conclusion with its explanation tree",
            "  failwise evaluate --format json site.yaml > site.jsonl",
            "      one JSON document per file, per line (JSON Lines), for scripts and diffs",
            "  failwise evaluate --rules ./my-rules site.json",
            "      with an edited copy of the rule pack"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fact files (.json, .yaml or .yml).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "text (the default): a report to read; json: one JSON document per file and line, "
                    + "each conclusion with its rule and `because` tree.")
    Format format;

    @Option(names = "--explain", description = "Under each conclusion, the tree of rule sentences and facts "
            + "that led to it (text format; JSON always carries it).")
    boolean explain;

    @Option(names = "--request", paramLabel = "ID", description = "Print only the conclusions about this request "
            + "(its decision, route or lookup, console messages and findings); repeat for several. Expectations are "
            + "still checked on every conclusion.")
    List<String> requests = List.of();

    @Option(names = "--type", paramLabel = "TYPE", description = "Print only conclusions of this type, e.g. "
            + "FailoverDecision or DocumentVisibility (then one line per server); repeat for several.")
    List<String> types = List.of();

    @Option(names = "--set", paramLabel = "CHANGE", description = "What if: evaluate a copy of each file with this "
            + "change too, and print only the conclusions that differ (old → new); repeat for several changes. "
            + "Examples: 'Mail1/Acme.state=DOWN', 'Mail2/Acme.notesIni.Server_Restricted=1', "
            + "'!Relay/Acme.notesIni.MailClusterFailover', 'fd:A.readers+=CN=DominoA/O=Acme', 'fd:A.documentAccess=[]', "
            + "'replica:mail/jdoe.nsf@Mail2/Acme.status=OUT_OF_SERVICE', 'request:open-mail.userIsAdmin=true', "
            + "'/servers/0/availabilityIndex=10'. Expect blocks are not checked.")
    List<String> set = List.of();

    @Override
    public Integer call() {
        RuleBase rules = parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        return run(rules, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command on rules already compiled (the pack without why-not); {@code bench what-if} times this. */
    int run(RuleBase rules, PrintWriter out, PrintWriter err) {
        if (!set.isEmpty()) {
            return new WhatIfReport(out, err, format, explain).run(rules, files, set);
        }
        // Without trees to show, only the rule cited beside each conclusion is recorded.
        CaseRunner runner = new CaseRunner(rules, explain || format == Format.JSON);
        Focus focus = new Focus(requests, types);
        TextReport text = new TextReport(out, err, explain, focus);
        JsonReport json = new JsonReport(focus);
        // Each file is evaluated and printed in a method of its own: when that method returns or throws, nothing
        // holds the file's evaluation any more, so a run over many files holds one at a time and a file too big
        // for the heap leaves it free for the next one.
        int code = ExitCodes.OK;
        for (Path file : files) {
            try {
                code = ExitCodes.worst(code, evaluateAndPrint(runner, file, text, json, out, err));
            } catch (OutOfMemoryError e) {
                out.flush();
                err.println(CaseRunner.heapFull(file.toString(), "printing its conclusions").render());
                err.flush();
                code = ExitCodes.worst(code, ExitCodes.BAD_INPUT);
            }
        }
        return code;
    }

    private int evaluateAndPrint(CaseRunner runner, Path file, TextReport text, JsonReport json, PrintWriter out,
                                 PrintWriter err) {
        CaseResult result = runner.run(file);
        if (format == Format.JSON) {
            result.allProblems().forEach(p -> err.println(p.render()));
            err.flush();
            out.println(json.document(result));
            out.flush();
        } else {
            text.print(result);
        }
        return ExitCodes.of(result);
    }
}
