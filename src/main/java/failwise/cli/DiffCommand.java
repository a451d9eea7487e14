package failwise.cli;

import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.engine.RuleCompileException;
import failwise.engine.RuleSource;
import failwise.explain.Explanations;
import failwise.explain.TextExplanation;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.whatif.Diff;
import failwise.whatif.Difference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise diff}: what changes between two fact files, or between two rule packs on one fact file. */
@Command(name = "diff", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:no conclusion differs",
            "1:at least one conclusion differs", ExitCodes.HELP_USAGE, ExitCodes.HELP_RULES, ExitCodes.HELP_INPUT},
        description = {
            "Compares two evaluations and prints every conclusion that differs, matched by type and subject "
                    + "(for a request: its id): added, removed, or changed field by field (old → new), each with "
                    + "its explanation tree on both sides.",
            "",
            "Give two fact files to compare them on the same rules (a topology before and after a change), or one "
                    + "fact file with --rules-a and --rules-b to compare two rule folders on it (a Decision "
                    + "switched, a rule edited). Like diff(1), it exits 0 when nothing differs and 1 when "
                    + "something does, so scripts can test it."},
        footer = {
            "",
            "Examples:",
            "  failwise diff site-before.json site-after.json",
            "      what the change from one topology to the other changes",
            "  failwise diff site.json --rules-a rules --rules-b my-rules",
            "      what an edited copy of the rule pack concludes differently on site.json"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "Two fact files, or one with --rules-a and "
            + "--rules-b.")
    List<Path> files;

    @Option(names = "--rules-a", paramLabel = "DIR", description = "The rule folder for side A (with --rules-b).")
    Path rulesA;

    @Option(names = "--rules-b", paramLabel = "DIR", description = "The rule folder for side B (with --rules-a).")
    Path rulesB;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean twoPacks = rulesA != null || rulesB != null;
        if (twoPacks && (rulesA == null || rulesB == null || files.size() != 1)) {
            throw new ParameterException(spec.commandLine(), "expected one FILE with both --rules-a and --rules-b, "
                    + "or two FILEs without them, found " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                    + (rulesA == null ? "" : " and --rules-a") + (rulesB == null ? "" : " and --rules-b"));
        }
        if (!twoPacks && files.size() != 2) {
            throw new ParameterException(spec.commandLine(), "expected two FILEs, or one FILE with --rules-a and "
                    + "--rules-b, found one file");
        }
        RuleBase a = twoPacks ? compile(rulesA, "--rules-a", err)
                : parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        RuleBase b = twoPacks ? compile(rulesB, "--rules-b", err) : a;
        if (a == null || b == null) {
            return ExitCodes.RULES;
        }
        FactLoader loader = new FactLoader();
        LoadResult left = loader.load(files.get(0));
        LoadResult right = files.size() == 2 ? loader.load(files.get(1)) : left;
        if (!left.ok() || !right.ok()) {
            left.problems().forEach(p -> err.println(p.render()));
            if (right != left) {
                right.problems().forEach(p -> err.println(p.render()));
            }
            return ExitCodes.BAD_INPUT;
        }
        Diff.Result result;
        try {
            result = Diff.of(left.snapshot(), a, right.snapshot(), b);
        } catch (EvaluationException e) {
            err.println(e.problem().render());
            return ExitCodes.RULES;
        }
        String nameA = twoPacks ? files.get(0) + " on " + rulesA : String.valueOf(files.get(0));
        String nameB = twoPacks ? files.get(0) + " on " + rulesB : String.valueOf(files.get(1));
        print(out, result, nameA, nameB);
        out.flush();
        return result.same() ? ExitCodes.OK : ExitCodes.EXPECTATION_FAILED;
    }

    private static void print(PrintWriter out, Diff.Result r, String nameA, String nameB) {
        out.println("A: " + nameA);
        out.println("B: " + nameB);
        if (r.same()) {
            out.println("no conclusion differs");
            return;
        }
        DifferenceText text = new DifferenceText(r.a(), r.b());
        Explanations treeA = new Explanations(r.a());
        Explanations treeB = new Explanations(r.b());
        int[] counts = new int[3];
        for (Difference d : r.differences()) {
            counts[d.kind().ordinal()]++;
            out.println();
            out.println(text.line(d));
            if (d.before() != null) {
                out.println("  in A: " + treeA.headline(d.before()));
                TextExplanation.tree(treeA.of(d.before()), "    ").forEach(out::println);
            }
            if (d.after() != null) {
                out.println("  in B: " + treeB.headline(d.after()));
                TextExplanation.tree(treeB.of(d.after()), "    ").forEach(out::println);
            }
        }
        out.println();
        out.println(counts[2] + " changed, " + counts[0] + " added, " + counts[1] + " removed");
    }

    private static RuleBase compile(Path dir, String option, PrintWriter err) {
        try {
            return RuleBase.compile(RuleSource.directory(dir).files(RuleSource.Pack.CONCLUSIONS));
        } catch (IOException e) {
            err.println("failwise diff: " + option + " " + e.getMessage());
            return null;
        } catch (RuleCompileException e) {
            e.problems().forEach(p -> err.println(p.render()));
            return null;
        }
    }
}
