package failwise.cli;

import failwise.batch.AtomicFile;
import failwise.batch.BatchRun;
import failwise.batch.Coverage;
import failwise.batch.FactFiles;
import failwise.batch.Progress;
import failwise.batch.ReportFormat;
import failwise.batch.Tally;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code failwise batch}: checks every fact file under the given paths against its expect block, in parallel. */
@Command(name = "batch", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {
            "0:every file evaluated, every expectation met",
            "1:at least one expectation failed, or the rule coverage is below --min-coverage",
            "2:usage error: an unknown option, a path that does not exist, a folder without fact files",
            ExitCodes.HELP_RULES,
            "4:a fact file could not be read, is invalid or does not fit in the heap (the others are still "
                    + "checked and reported)"},
        description = {
            "Checks a whole folder of cases at once: every .json, .yaml and .yml fact file under the paths is "
                    + "evaluated on the same rules and its expect block checked, several files at a time.",
            "",
            "Prints one line per file: PASS, FAIL, UNCHECKED (evaluated, but the file has no expect block) or "
                    + "ERROR and the file. Under a FAIL, each expectation that did not hold, beside the conclusions "
                    + "the rules actually reached; under an ERROR, where the file is wrong. Then the summary line: "
                    + "`N passed, N failed`, then `, N without expectations` and `, N errors` when there are any. "
                    + "A file that cannot be read does not stop the others. On a terminal, a long run "
                    + "shows a progress bar on the error output.",
            "",
            "Files are taken in the order the paths are given, each folder's files sorted by path; the report "
                    + "is in that order whatever --jobs is. A path that does not exist, or a folder with no fact "
                    + "file in it, is a usage error (exit 2): it is most likely a typing mistake.",
            "",
            "Rule coverage (--coverage) counts every rule of the pack, including the bookkeeping rules marked "
                    + "@explain(\"hidden\"), but not queries. A rule is covered when it fired on at least one "
                    + "file that could be evaluated."},
        footer = {
            "",
            "Examples:",
            "  failwise batch test-facts",
            "      every case of the folder, one line each, then the summary line `N passed, 0 failed`",
            "  failwise batch --coverage test-facts",
            "      also the rules no case makes fire, with their file and line",
            "  failwise batch --min-coverage 90 test-facts",
            "      fails (exit 1) when fewer than 90%% of the rules fire in some case",
            "  failwise batch --format junit --out reports/failwise.xml test-facts",
            "      JUnit XML for a CI server, one testcase per expectation, written in one step",
            "  failwise batch --format json --jobs 1 site-a.yaml customers/",
            "      JSON Lines, one object per file and a summary object, on one thread"})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Fact files, or folders searched (with their subfolders) for .json, .yaml and .yml files.")
    List<Path> paths;

    @Option(names = "--jobs", paramLabel = "N",
            description = "How many files to evaluate at the same time (default: the number of cores, ${DEFAULT-VALUE}"
                    + " here). The report is the same whatever N is.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (the default): a report to read; json: JSON Lines, one object per file, then a "
                    + "summary object; junit: JUnit XML, a testsuite per file and a testcase per expectation.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE instead of the standard output. The file is replaced in one "
                    + "step when the run ends, so it never holds half a report.")
    Path out;

    @Option(names = "--coverage", description = "After the files, list the rules that fired in no file (file:line "
            + "and name) and the share of rules that fired: `rule coverage: 87%% (120 of 138 rules fired)`.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "PERCENT", description = "Fail the run (exit 1) when fewer "
            + "than PERCENT of the rules fired; implies --coverage.")
    Double minCoverage;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = filesToRun();
        // Rule coverage needs every rule of the pack and the rules that fired; expectations only the conclusions,
        // which the why-not-only files do not derive.
        boolean countRules = coverage || minCoverage != null;
        RuleBase rules = parent.compileRules(spec,
                countRules ? RuleSource.Pack.WHY_NOT : RuleSource.Pack.CONCLUSIONS);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        BatchRun.Outcome outcome;
        try (AtomicFile file = out == null ? null : openOut()) {
            PrintWriter writer = file == null ? spec.commandLine().getOut() : file.writer();
            Progress progress = new Progress(err, files.size(), System.console() != null);
            outcome = new BatchRun(rules, jobs, countRules).report(files, format.open(writer), coverage, minCoverage, progress);
            if (file != null) {
                file.commit();
                err.println("wrote " + out + ": " + outcome.tally().line());
            }
        } catch (IOException e) {
            err.println("failwise: `" + out + "`: cannot write the report: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        Coverage covered = outcome.coverage();
        if (covered != null && covered.failsMinimum() && (out != null || format != ReportFormat.TEXT)) {
            err.println(covered.belowLine()); // the text report on the terminal already says so
        }
        err.flush();
        return exitCode(outcome.tally(), covered);
    }

    /** The same order of precedence as {@link ExitCodes#of}: rules first, then bad files, then failures. */
    private static int exitCode(Tally tally, Coverage covered) {
        if (tally.ruleFailures() > 0) {
            return ExitCodes.RULES;
        }
        if (tally.inputErrors() > 0) {
            return ExitCodes.BAD_INPUT;
        }
        if (tally.failed() > 0 || (covered != null && covered.failsMinimum())) {
            return ExitCodes.EXPECTATION_FAILED;
        }
        return ExitCodes.OK;
    }

    /** Checks the options and finds the files; anything wrong is a usage error, before the rules are compiled. */
    private List<Path> filesToRun() {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs: expected 1 or more, found `" + jobs + "`");
        }
        if (minCoverage != null && !(minCoverage >= 0 && minCoverage <= 100)) {
            throw new ParameterException(spec.commandLine(),
                    "--min-coverage: expected a percentage from 0 to 100, found `" + minCoverage + "`");
        }
        try {
            return FactFiles.under(paths);
        } catch (FactFiles.PathException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private AtomicFile openOut() {
        try {
            return AtomicFile.open(out);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out `" + out + "`: cannot write there: "
                    + e.getMessage());
        }
    }

    /** Reads {@code --format} case-insensitively, naming the choices when the value is not one of them. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String choices = Arrays.stream(ReportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "));
                throw new TypeConversionException("expected one of " + choices + ", found `" + value + "`");
            }
        }
    }
}
