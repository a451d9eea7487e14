package failwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.engine.Evaluation;
import failwise.engine.EvaluationException;
import failwise.engine.RuleBase;
import failwise.explain.Explanations;
import failwise.explain.TextExplanation;
import failwise.facts.FactLoader;
import failwise.model.Conclusion;
import failwise.verify.FactFields;
import failwise.whatif.Change;
import failwise.whatif.ChangeException;
import failwise.whatif.ChangeParser;
import failwise.whatif.Difference;
import failwise.whatif.FactTree;
import failwise.whatif.WhatIf;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code evaluate --set}: evaluates each file and a changed copy of it and prints only what differs, as text or as
 * one JSON document per file. Expectations are not checked: they describe the file, not the changed copy.
 */
final class WhatIfReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Format format;
    private final boolean explain;

    WhatIfReport(PrintWriter out, PrintWriter err, Format format, boolean explain) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.explain = explain;
    }

    /** Runs the changes on every file; the exit code is the worst of them. */
    int run(RuleBase rules, List<Path> files, List<String> sets) {
        List<Change> changes;
        try {
            changes = new ChangeParser().parseAll(sets);
        } catch (ChangeException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        WhatIf whatIf = new WhatIf(rules, explain);
        FactLoader loader = new FactLoader();
        int code = ExitCodes.OK;
        for (Path file : files) {
            FactTree.Read read = FactTree.read(file, loader);
            if (read.tree() == null) {
                read.problems().forEach(p -> err.println(p.render()));
                code = ExitCodes.worst(code, ExitCodes.BAD_INPUT);
                continue;
            }
            try {
                print(whatIf.run(read.tree(), changes), read.tree().source());
            } catch (ChangeException e) {
                err.println(e.getMessage());
                code = ExitCodes.worst(code, ExitCodes.USAGE);
            } catch (EvaluationException e) {
                err.println(e.problem().render());
                return ExitCodes.RULES;
            }
        }
        err.flush();
        out.flush();
        return code;
    }

    private void print(WhatIf.Result r, String source) {
        if (format == Format.JSON) {
            out.println(json(r, source));
            return;
        }
        out.println(source + "  with " + String.join(", ", r.changes().stream().map(Change::text).toList()));
        if (r.differences().isEmpty()) {
            out.println("  no conclusion changes");
            return;
        }
        DifferenceText text = new DifferenceText(r.before(), r.after());
        Explanations tree = explain ? new Explanations(r.after()) : null;
        int[] counts = new int[3];
        for (Difference d : r.differences()) {
            counts[d.kind().ordinal()]++;
            out.println("  " + text.line(d));
            if (tree != null && d.after() != null) {
                TextExplanation.tree(tree.of(d.after()), "    ").forEach(out::println);
            }
        }
        out.println("  " + counts[2] + " changed, " + counts[0] + " added, " + counts[1] + " removed");
    }

    private String json(WhatIf.Result r, String source) {
        ObjectNode doc = NODES.objectNode();
        doc.put("source", source);
        ArrayNode changes = doc.putArray("changes");
        r.changes().forEach(c -> changes.add(c.text()));
        ArrayNode diffs = doc.putArray("differences");
        for (Difference d : r.differences()) {
            ObjectNode node = diffs.addObject();
            node.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
            node.put("type", d.type());
            node.put("subject", r.before().subjectText(d.subject()));
            ArrayNode fields = node.putArray("fields");
            for (Difference.FieldChange f : d.fields()) {
                ObjectNode fc = fields.addObject();
                fc.put("field", f.field());
                fc.set("before", MAPPER.valueToTree(shown(f.before(), r.before())));
                fc.set("after", MAPPER.valueToTree(shown(f.after(), r.after())));
            }
            node.set("before", fields(d.before(), r.before()));
            node.set("after", fields(d.after(), r.after()));
        }
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode fields(Conclusion c, Evaluation ev) {
        if (c == null) {
            return NODES.nullNode();
        }
        ObjectNode node = NODES.objectNode();
        node.put("type", c.type());
        for (Map.Entry<String, Object> e : FactFields.of(c).entrySet()) {
            node.set(e.getKey(), MAPPER.valueToTree(shown(e.getValue(), ev)));
        }
        return node;
    }

    /** A value with server names as the file wrote them. */
    private static Object shown(Object value, Evaluation ev) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> shown(v, ev)).toList();
        }
        return value instanceof String s ? ev.writtenNames().getOrDefault(s, s) : value;
    }
}
