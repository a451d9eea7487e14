package failwise.cli;

import failwise.batch.AtomicFile;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.whatif.FactTree;
import failwise.facts.LoadResult;
import failwise.facts.FactLoader;
import failwise.report.FileReport;
import failwise.report.HtmlReport;
import failwise.report.ReportBuilder;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise report}: evaluates fact files and writes one self-contained HTML page about them. */
@Command(name = "report", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_FAILED,
            "2:usage error, or the report could not be written", ExitCodes.HELP_RULES, ExitCodes.HELP_INPUT},
        description = {
            "Evaluates each fact file and writes one self-contained HTML page to hand to a customer or keep with "
                    + "a change.",
            "",
            "The page shows the topology (servers by cluster with their state and NOTES.INI settings, replicas, "
                    + "Foreign Domain documents with their Readers and DocumentAccess), a matrix of which server did "
                    + "what for each request, the findings sorted by severity, and for every conclusion the "
                    + "tree of rules and facts behind it, the same one explain prints. An outcome other than "
                    + "FAILOVER, SUCCEEDS or DELIVERED also gets its why-not: what stood in the way, and the "
                    + "smallest changes to the facts verified to flip it.",
            "",
            "The page is a single file with its style and script inside and fetches nothing, so it opens "
                    + "offline, in a mail attachment or in an archive. It is written to a temporary file first "
                    + "and then moved into place, so OUT is never half written.",
            "",
            "With --sweep the page also shows the failure impact: each server of a file taken down in turn (with "
                    + "--depth 2 each pair of servers one request depends on, as sweep --depth 2 chooses them) and every request whose outcome that changes, the most harmful "
                    + "failures first, as failwise sweep reports them.",
            "",
            "A file that cannot be read or is invalid gets a section saying why (and the same line on stderr); "
                    + "the other files are still reported. Several files get a table of contents."},
        footer = {
            "",
            "Examples:",
            "  failwise report site.json --html site.html",
            "      one page about site.json",
            "  failwise report test-facts/coexistence/x*-seed-*.json --html seeds.html",
            "      one page with a section per file and a table of contents",
            "  failwise report site.json --html site.html --sweep --depth 2",
            "      with the failure-impact table: each server down alone, then each pair down together"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fact files (.json, .yaml or .yml).")
    List<Path> files;

    @Option(names = "--html", required = true, paramLabel = "OUT", description = "The HTML file to write "
            + "(replaced if it exists).")
    Path html;

    @Option(names = "--sweep", description = "Add the failure-impact table: every server taken down alone "
            + "(as failwise sweep does), and which requests change outcome under which failure.")
    boolean sweep;

    @Option(names = "--depth", paramLabel = "N", description = "With --sweep: 1 (the default) each server down "
            + "alone; 2 also each pair of servers one request depends on, down together.")
    Integer depth;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = html.toAbsolutePath().getParent();
        if (Files.isDirectory(html) || folder == null || !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--html: expected a file in an existing folder, found `"
                    + html + "`");
        }
        if (depth != null && !sweep) {
            throw new ParameterException(spec.commandLine(), "--depth: only means something with --sweep");
        }
        if (depth != null && (depth < 1 || depth > 2)) {
            throw new ParameterException(spec.commandLine(), "--depth: expected 1 or 2, found `" + depth + "`");
        }
        RuleBase rules = parent.compileRules(spec, RuleSource.Pack.WHY_NOT);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        FactLoader loader = new FactLoader().keepingTrees();
        CaseRunner runner = new CaseRunner(rules, true, loader);
        ReportBuilder builder = new ReportBuilder();
        List<CaseResult> results = new ArrayList<>();
        List<FileReport> sections = new ArrayList<>();
        ReportSweep sweeper = sweep ? new ReportSweep(rules, depth == null ? 1 : depth) : null;
        ReportWhyNot whyNot = new ReportWhyNot(rules);
        int extraExit = ExitCodes.OK;
        for (Path file : files) {
            LoadResult loaded = runner.load(file);
            CaseResult result = runner.run(loaded, file.toString());
            results.add(result);
            result.allProblems().forEach(p -> err.println(p.render()));
            if (result.evaluation() == null) {
                sections.add(builder.build("f" + results.size(), result, null, List.of()));
                continue;
            }
            // Why-nots and the sweep fork the file as it was read for the evaluation, never reading it again.
            FactTree tree = FactTree.of(loaded, loader).tree();
            ReportWhyNot.Found whyNots = whyNot.run(tree, result.evaluation());
            ReportSweep.Outcome swept = sweeper == null ? null : sweeper.run(tree);
            for (String problem : new String[] {whyNots.problem(), swept == null ? null : swept.problem()}) {
                if (problem != null) {
                    err.println(problem);
                }
            }
            int sweptExit = swept == null ? ExitCodes.OK : swept.exitCode();
            extraExit = ExitCodes.worst(extraExit, ExitCodes.worst(whyNots.exitCode(), sweptExit));
            sections.add(builder.build("f" + results.size(), result, swept == null ? null : swept.impacts(),
                    whyNots.views()));
        }
        err.flush();
        // Written whole or not at all, and readable by whoever reads the folder: it is meant to be handed on.
        try (AtomicFile page = AtomicFile.open(html)) {
            page.writer().write(new HtmlReport(FailwiseCommand.VERSION).render(sections));
            page.commit();
        } catch (IOException e) {
            err.println("failwise: cannot write `" + html + "`: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println("wrote " + html + " (" + sections.size() + (sections.size() == 1 ? " file" : " files") + ")");
        return ExitCodes.worst(ExitCodes.of(results), extraExit);
    }
}
