package failwise.cli;

import failwise.engine.Evaluation;
import failwise.engine.Evaluator;
import failwise.engine.LiveSession;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.explain.About;
import failwise.explain.Explanation;
import failwise.explain.Explanations;
import failwise.explain.TextExplanation;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.model.Conclusion;
import failwise.model.Request;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import failwise.whatif.FactTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise explain}: why (or why not) one request of a fact file ends the way it does, as a tree. */
@Command(name = "explain", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:the request was explained",
            ExitCodes.HELP_USAGE, ExitCodes.HELP_RULES, ExitCodes.HELP_INPUT},
        description = {
            "Explains one request of a fact file: every conclusion about it (the failover decision, the mail "
                    + "route, the free/busy lookup, console messages, findings), each with the tree of what led "
                    + "to it.",
            "",
            "Under each conclusion, \"In short\" numbers the steps of the reasoning, causes first, each with the "
                    + "behaviour id it rests on: the part to read out (at most ten, those nearest the conclusion). "
                    + "\"In full\" is the tree: each step is the "
                    + "sentence of the rule that took it, then [behaviour, rule name, file:line] so it can be looked "
                    + "up or changed; the leaves are the facts of the file, each with its JSON pointer. A step that "
                    + "recurs is written out once and then marked (see above); steps of rules marked "
                    + "@explain(\"hidden\") are folded into the steps they lead to.",
            "",
            "\"Documented in\" lists, per behaviour id, the Domino documentation the rules cite."},
        footer = {
            "",
            "Examples:",
            "  failwise explain site.json --request open-mail",
            "      why open-mail was served where it was, to read out to a customer",
            "  failwise explain site.json --request open-mail --format json",
            "      the same tree as one JSON document, with a whyNot list (obstacles and verified remedies)"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The fact file (.json, .yaml or .yml).")
    Path file;

    @Option(names = "--request", required = true, paramLabel = "ID", description = "The id of the request to explain.")
    String request;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "text (the default): a tree to read; json: one JSON document with the `because` trees "
                    + "and, where the text would show it, the why-not (`whyNot`).")
    Format format;

    @Option(names = "--why-not", description = "For every outcome, what stood in the way (actual value, value "
            + "needed) and the smallest changes to the facts that flip it, each verified by evaluating the changed "
            + "facts. Given without this option for outcomes other than FAILOVER, SUCCEEDS and DELIVERED.")
    boolean whyNot;

    @Override
    public Integer call() {
        RuleBase rules = parent.compileRules(spec, RuleSource.Pack.WHY_NOT);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        return run(rules, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command on rules already compiled (the whole pack, why-not included); {@code bench what-if} times this. */
    int run(RuleBase rules, PrintWriter out, PrintWriter err) {
        FactLoader loader = new FactLoader().keepingTrees();
        LoadResult loaded = loader.load(file);
        if (!loaded.ok()) {
            loaded.problems().forEach(p -> err.println(p.render()));
            return ExitCodes.BAD_INPUT;
        }
        List<Request> requests = loaded.snapshot().facts().stream()
                .filter(Request.class::isInstance).map(Request.class::cast).toList();
        Request asked = requests.stream().filter(r -> r.id().equals(request)).findFirst().orElse(null);
        if (asked == null) {
            List<String> ids = requests.stream().map(Request::id).toList();
            err.println(loaded.snapshot().source() + ": no request `" + request + "`; requests in this file: "
                    + (ids.isEmpty() ? "none" : String.join(", ", ids)));
            return ExitCodes.USAGE;
        }
        // The file is evaluated once, in a live session the why-not then forks for each remedy it verifies.
        LiveSession[] live = new LiveSession[1];
        try {
            CaseResult result = new CaseRunner(rules, true).evaluate(loaded.snapshot(), snapshot -> {
                live[0] = LiveSession.open(rules, snapshot, Evaluator.Detail.EXPLAINED, 0);
                return live[0].evaluation();
            });
            return explain(rules, out, err, loader, loaded, requests, asked, result, live[0]);
        } finally {
            if (live[0] != null) {
                live[0].close();
            }
        }
    }

    private int explain(RuleBase rules, PrintWriter out, PrintWriter err, FactLoader loader, LoadResult loaded,
                        List<Request> requests, Request asked, CaseResult result, LiveSession live) {
        if (result.evaluation() == null) {
            result.allProblems().forEach(p -> err.println(p.render()));
            return result.ruleFailure() != null ? ExitCodes.RULES : ExitCodes.BAD_INPUT;
        }
        Evaluation ev = result.evaluation();
        // The why-not forks the file as it was read here, never reading it again.
        FactTree facts = FactTree.of(loaded, loader).tree();
        Set<String> ids = About.ids(requests);
        List<Conclusion> about = ev.conclusions().stream().filter(c -> request.equals(About.request(c, ids))).toList();
        if (format == Format.JSON) {
            WhyNotText.Shown shown = new WhyNotText(out, err, whyNot).shown(rules, live, ev, facts, request);
            if (shown.results() == null) {
                return shown.failure();
            }
            out.println(new JsonReport().explanation(result.source(), request, about, ev, shown.results()));
            return ExitCodes.OK;
        }
        Explanations explanations = new Explanations(ev);
        out.println(explanations.fact(asked) + "  (" + result.source() + " " + asked.pointer() + ")");
        if (about.isEmpty()) {
            out.println("  no rule concluded anything about this request");
        }
        List<Explanation> explained = about.stream().map(explanations::of).toList();
        TextExplanation text = new TextExplanation(out);
        for (Explanation e : explained) {
            out.println();
            text.write(e);
        }
        int whyNotCode = new WhyNotText(out, err, whyNot).print(rules, live, ev, facts, request);
        Map<String, String> sources = Explanations.documentedIn(explained);
        if (!sources.isEmpty()) {
            out.println();
            out.println("Documented in:");
            sources.forEach((behaviour, doc) -> out.println("  " + behaviour + "  " + doc));
        }
        return whyNotCode;
    }
}
