package failwise.cli;

import failwise.engine.RuleFileException;
import failwise.engine.RuleSource;
import failwise.lint.PackCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise check}: compiles the rule pack, then lints it against the pack's conventions. */
@Command(name = "check", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {
            "0:the rules compile and follow the pack's conventions",
            "1:the rules compile, but at least one lint finding",
            ExitCodes.HELP_USAGE,
            "3:the rules do not compile"},
        description = {
            "Compiles the rules, then checks them against the pack's conventions; every problem is one line on "
                    + "stderr, file:line:col: code: message, and a summary line ends on stdout.",
            "",
            "Compile problems come first (code rule-syntax or rule-compile), then these findings on the DRL text, "
                    + "each at the token that causes it:",
            "",
            "  duplicate-rule-name       a rule name already used elsewhere in the pack",
            "  missing-says              a rule without the @says sentence explanations print",
            "  missing-behaviour         a rule without its @behaviour id",
            "  rule-prints               a consequence that prints (System.out, System.err, println)",
            "  modifies-input-fact       a consequence that modifies, updates, deletes or retracts a fact of "
                    + "the fact file",
            "  salience-without-reason   salience without a comment on the same line or the line above",
            "",
            "Run it before sharing an edited rule pack."},
        footer = {
            "",
            "Examples:",
            "  failwise check",
            "      the rules of ./rules, or the bundled pack when there is no ./rules folder",
            "  failwise check --rules my-rules",
            "      an edited copy of the pack",
            "  failwise check --rules my-rules && failwise batch --rules my-rules test-facts",
            "      the pack compiles, is clean, and still passes every golden case"})
final class CheckCommand implements Callable<Integer> {
    /** Not a failed expectation, but the same code: something to fix, and scripts treat both alike. */
    static final int LINT_FINDINGS = 1;

    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSource source;
        try {
            source = RuleSource.locate(parent.rules, Path.of("").toAbsolutePath());
        } catch (RuleFileException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.RULES;
        } catch (IOException e) {
            if (parent.rules != null) {
                throw new ParameterException(spec.commandLine(), "--rules " + e.getMessage());
            }
            err.println("failwise: " + e.getMessage());
            err.flush();
            return ExitCodes.RULES;
        }
        PackCheck check = PackCheck.of(source.files());
        check.problems().forEach(p -> err.println(p.render()));
        err.flush();
        out.println(where(source) + ": " + check.summary());
        out.flush();
        return !check.compiles() ? ExitCodes.RULES : check.problems().isEmpty() ? ExitCodes.OK : LINT_FINDINGS;
    }

    private static String where(RuleSource source) {
        return source.directory() == null ? "bundled rules" : source.directory().toString();
    }
}
