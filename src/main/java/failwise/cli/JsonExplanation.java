package failwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.batch.JsonValues;
import failwise.engine.Because;
import failwise.engine.RuleInfo;
import failwise.explain.Explanation;
import failwise.explain.ExplanationFormat;
import failwise.explain.Step;
import failwise.verify.FactFields;
import java.util.Map;

/**
 * The JSON form of an explanation, one object per conclusion added to an array: the conclusion's fields (names
 * as written), its rule, its whole {@code because} chain down to the facts of the file, and the short account and
 * documentation the text shows.
 */
final class JsonExplanation implements ExplanationFormat {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArrayNode into;
    private final Map<String, String> written;
    private final java.util.function.Function<Object, RuleInfo> ruleOf;

    JsonExplanation(ArrayNode into, Map<String, String> written, java.util.function.Function<Object, RuleInfo> ruleOf) {
        this.into = into;
        this.written = written;
        this.ruleOf = ruleOf;
    }

    @Override
    public void write(Explanation e) {
        ObjectNode node = JsonValues.conclusion(into, e.conclusion(), written);
        RuleInfo rule = ruleOf.apply(e.conclusion());
        node.put("rule", rule == null ? null : rule.name());
        node.set("because", because(e.because()));
        ArrayNode steps = node.putArray("inShort");
        for (Step s : e.inShort()) {
            steps.addObject().put("says", s.text()).put("behaviour", s.behaviour());
        }
        ObjectNode docs = node.putObject("documentedIn");
        e.documentedIn().forEach(docs::put);
    }

    private JsonNode because(Because b) {
        ObjectNode node = NODES.objectNode();
        if (b instanceof Because.Given g) {
            node.put("fact", FactFields.typeName(g.fact()));
            node.put("at", g.pointer());
            node.set("value", fields(g.fact()));
            return node;
        }
        Because.Derived d = (Because.Derived) b;
        RuleInfo rule = d.rule();
        node.put("rule", rule.name());
        node.put("says", d.says());
        node.put("behaviour", rule.behaviour());
        node.put("doc", rule.doc());
        node.put("file", rule.file());
        node.put("line", rule.line());
        // Beyond the contract's minimum: what was derived, so a consumer need not parse the sentence.
        node.put("fact", FactFields.typeName(d.fact()));
        node.set("value", fields(d.fact()));
        ArrayNode premises = node.putArray("premises");
        d.premises().forEach(p -> premises.add(because(p)));
        return node;
    }

    private ObjectNode fields(Object fact) {
        ObjectNode node = NODES.objectNode();
        FactFields.of(fact).forEach((k, v) -> {
            if (!k.equals("pointer")) {
                node.set(k, JsonValues.value(v, written));
            }
        });
        return node;
    }
}
