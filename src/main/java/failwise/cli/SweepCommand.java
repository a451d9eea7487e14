package failwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.facts.FactLoader;
import failwise.whatif.ChangeException;
import failwise.whatif.FactTree;
import failwise.whatif.Sweep;
import failwise.whatif.SweepResult;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            "Takes every server of the fact file down alone (state DOWN), evaluates each of these failures, and "
                    + "reports which requests change outcome under which failure: failover decisions, foreign-domain "
                    + "mail routes and free/busy lookups.",
            "",
            "Failures are ranked by how many outcomes get worse (served becomes failover or fails, delivered "
                    + "becomes held, succeeds becomes fails), then by server name. With --depth 2 every pair of "
                    + "servers goes down together as well, and a pair is shown only for what neither of its servers "
                    + "breaks alone. Servers already down are left as they are. The output does not depend on --jobs."},
        footer = {
            "",
            "Examples:",
            "  failwise sweep site.json",
            "      which single server failure hurts which request",
            "  failwise sweep --depth 2 --jobs 4 site.json",
            "      also every pair of servers down together, four evaluations at a time",
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
            description = "1 (the default): each server down alone; 2: also each pair of servers.")
    int depth;

    @Option(names = "--jobs", paramLabel = "N", description = "Evaluations run at once (default: the number of "
            + "processors).")
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
        RuleBase rules = parent.compileRules(spec);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        FactTree.Read read = FactTree.read(file, new FactLoader());
        if (read.tree() == null) {
            read.problems().forEach(p -> err.println(p.render()));
            return ExitCodes.BAD_INPUT;
        }
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        SweepResult result;
        try {
            result = new Sweep(rules, n).run(read.tree(), depth);
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
            out.append("\n  ").append(String.join(" + ", i.downServers())).append(" down: ").append(i.worse())
                    .append(" worse");
            for (SweepResult.OutcomeChange c : i.changes()) {
                out.append("\n    ").append(c.type()).append(' ').append(c.subject()).append(": ")
                        .append(c.before() == null ? "none" : c.before()).append(" → ")
                        .append(c.after() == null ? "none" : c.after());
            }
        }
        return out.toString();
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
