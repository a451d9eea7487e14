package failwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.facts.FactLoader;
import failwise.whatif.ChangeException;
import failwise.whatif.FactTree;
import failwise.whatif.FailureMode;
import failwise.whatif.Sweep;
import failwise.whatif.SweepResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise sweep}: which single (or double) server failure changes which request's outcome. */
@Command(name = "sweep", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:the sweep ran (whatever it found)",
            ExitCodes.HELP_USAGE, ExitCodes.HELP_RULES, ExitCodes.HELP_INPUT},
        description = {
            "Puts every server of the fact file into each failure mode of --fail alone (by default: down), "
                    + "evaluates each of these failures, and reports which requests change outcome under which "
                    + "failure: failover decisions, foreign-domain mail routes and free/busy lookups. Each result "
                    + "names its failure mode.",
            "",
            "Failure modes: down (state DOWN; servers already down are left out), unreachable (state UNREACHABLE), "
                    + "busy (availability index 0, under the server's Server_Availability_Threshold; a server "
                    + "without a threshold above 0 also gets Server_Availability_Threshold=100, the threshold "
                    + "raised), maxusers (Server_MaxUsers set to its active users, at least 1), restricted "
                    + "(Server_Restricted=1). Modes other than down take only servers that are up. --databases also "
                    + "marks each replica in service Out of Service in turn.",
            "",
            "Failures are ranked by how many outcomes get worse (served becomes failover or fails, delivered "
                    + "becomes held, succeeds becomes fails), then by server name. With --depth 2 pairs of failures "
                    + "are evaluated together as well, and a pair is shown only for what neither of its failures "
                    + "breaks alone. Only pairs that can interact are evaluated: two servers (a replica counts as "
                    + "its server) that one request depends on together, that is the servers the request names "
                    + "(server, from, templateServer), the gateway and calendar servers of the Foreign Domain "
                    + "documents of its foreign domain, and every cluster mate of these. Any other pair changes only "
                    + "what each failure changes alone, which a pair never shows; --all-pairs evaluates every pair "
                    + "anyway. The output does not depend on --jobs.",
            "",
            "Every failure is a fork of one live evaluation of the file: the changed facts are updated in place, "
                    + "the rules fire, the changed conclusions are read, and the facts are put back."},
        footer = {
            "",
            "Examples:",
            "  failwise sweep site.json",
            "      which single server failure hurts which request",
            "  failwise sweep --fail down,busy,restricted --databases site.json",
            "      also each server busy or restricted, and each replica Out of Service",
            "  failwise sweep --depth 2 site.json",
            "      also every pair of servers one request depends on, down together",
            "  failwise sweep --format json site.json > sweep.json",
            "      the same as one JSON document"})
final class SweepCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @ParentCommand
    FailwiseCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The fact file (.json, .yaml or .yml).")
    Path file;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "1 (the default): each failure alone; 2: also each pair of failures that can interact.")
    int depth;

    @Option(names = "--fail", paramLabel = "MODES", defaultValue = "down", split = ",",
            description = "Failure modes, separated by commas: down (the default), unreachable, busy, maxusers, "
                    + "restricted.")
    List<String> fail;

    @Option(names = "--databases", description = "Also mark each replica in service Out of Service, in turn.")
    boolean databases;

    @Option(names = "--all-pairs", description = "With --depth 2: every pair of failures, not only those that "
            + "can interact (much slower on a large file; the same result).")
    boolean allPairs;

    @Option(names = "--jobs", paramLabel = "N", description = "Live evaluations of the file that fork at once, each "
            + "taking a share of the failures (default: 1; each holds the whole file in memory).")
    Integer jobs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "text (the default): a ranked list to read; json: one JSON document.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (depth < 1 || depth > 2) {
            throw new ParameterException(spec.commandLine(), "--depth: expected 1 or 2, found `" + depth + "`");
        }
        if (jobs != null && jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs: expected a number of 1 or more, found `" + jobs
                    + "`");
        }
        List<FailureMode> modes = new ArrayList<>();
        for (String name : fail) {
            FailureMode mode = FailureMode.ofServerName(name);
            if (mode == null) {
                err.println("failwise sweep: --fail: expected down, unreachable, busy, maxusers or restricted, "
                        + "found `" + name + "`");
                return ExitCodes.USAGE;
            }
            modes.add(mode);
        }
        RuleBase rules = parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        FactTree.Read read = FactTree.read(file, new FactLoader());
        if (read.tree() == null) {
            read.problems().forEach(p -> err.println(p.render()));
            return ExitCodes.BAD_INPUT;
        }
        int n = jobs != null ? jobs : 1;
        SweepResult result;
        try {
            result = new Sweep(rules, n).run(read.tree(), new Sweep.Options(depth, modes, databases, allPairs));
        } catch (EvaluationException e) {
            err.println(e.problem().render());
            return ExitCodes.RULES;
        } catch (ChangeException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (format == Format.JSON) {
            out.println(json(result));
        } else {
            text(result).lines().forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String text(SweepResult r) {
        StringBuilder out = new StringBuilder(r.source()).append(": ").append(r.scenarios())
                .append(r.scenarios() == 1 ? " failure" : " failures").append(" evaluated at depth ").append(r.depth())
                .append(", ").append(r.impacts().size()).append(r.impacts().size() == 1 ? " changes" : " change")
                .append(" an outcome");
        if (r.impacts().isEmpty()) {
            return out.toString();
        }
        for (SweepResult.Impact i : r.impacts()) {
            out.append("\n  ").append(failures(i.failures())).append(": ").append(i.worse()).append(" worse");
            for (SweepResult.OutcomeChange c : i.changes()) {
                out.append("\n    ").append(c.type()).append(' ').append(c.subject()).append(": ")
                        .append(c.before() == null ? "none" : c.before()).append(" → ")
                        .append(c.after() == null ? "none" : c.after());
            }
        }
        return out.toString();
    }

    /** {@code A + B down} when the failures share a mode, else {@code A down + B busy}. */
    static String failures(List<SweepResult.Failure> failures) {
        boolean oneMode = failures.stream().map(SweepResult.Failure::mode).distinct().count() == 1;
        if (oneMode) {
            return failures.stream().map(SweepResult.Failure::target).collect(Collectors.joining(" + ")) + " "
                    + failures.get(0).mode();
        }
        return failures.stream().map(SweepResult.Failure::toString).collect(Collectors.joining(" + "));
    }

    static String json(SweepResult r) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("source", r.source());
        doc.put("depth", r.depth());
        doc.put("scenarios", r.scenarios());
        ArrayNode impacts = doc.putArray("impacts");
        for (SweepResult.Impact i : r.impacts()) {
            ObjectNode node = impacts.addObject();
            ArrayNode down = node.putArray("downServers");
            i.downServers().forEach(down::add);
            ArrayNode failures = node.putArray("failures");
            i.failures().forEach(f -> failures.addObject().put("target", f.target()).put("mode", f.mode()));
            node.put("worse", i.worse());
            ArrayNode changes = node.putArray("changes");
            for (SweepResult.OutcomeChange c : i.changes()) {
                changes.addObject().put("type", c.type()).put("subject", c.subject()).put("before", c.before())
                        .put("after", c.after());
            }
        }
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
