package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.Expectation;
import failwise.model.InputFact;
import failwise.model.Scenario;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed fact file against the input contract and converts it into a {@link Snapshot}, in the order
 * the contract gives: scenario, servers with their settings, replicas, groups with their members, ACL entries,
 * Foreign Domain documents, requests.
 */
final class Conversion {

    /**
     * The top-level keys; {@code $schema} lets editors find the JSON Schema and is otherwise ignored, and so is
     * {@code sources}, where {@code failwise import} says which input each value came from.
     */
    static final List<String> KEYS = List.of("$schema", "name", "description", "servers", "replicas", "groups",
            "directoryAcl", "foreignDomains", "requests", "expect", "sources");

    private Conversion() {
    }

    static LoadResult run(String source, JsonNode root, Locator locator, Limits limits) {
        Issues issues = new Issues();
        Fields top = Fields.open(root, "", issues, KEYS);
        if (top == null) {
            return LoadResult.failed(issues.toProblems(source, locator));
        }
        long count = countFacts(top);
        if (count > limits.maxFacts()) {
            issues.add("", Issues.LIMIT, "expected at most " + limits.maxFacts() + " facts, found " + count);
            return LoadResult.failed(issues.toProblems(source, locator));
        }
        List<InputFact> facts = new ArrayList<>((int) count);
        top.text("$schema", false);
        checkSources(top, issues);
        facts.add(new Scenario(top.text("name", false), top.text("description", false), top.has("directoryAcl"), ""));
        NameIndex names = new NameIndex();
        Map<String, String> written = new HashMap<>();
        new ServerReader(issues, names).read(top.array("servers"), facts, written);
        ReplicaReader.read(top.array("replicas"), issues, names, facts);
        new GroupReader(issues, names).read(top.array("groups"), facts);
        DirectoryReader.readAcl(top.array("directoryAcl"), issues, names, facts);
        DirectoryReader.readForeignDomains(top.array("foreignDomains"), issues, names, facts);
        RequestReader.read(top.array("requests"), issues, names, facts);
        List<Expectation> expectations = ExpectationReader.read(top.array("expect"), issues);
        if (!issues.isEmpty()) {
            return LoadResult.failed(issues.toProblems(source, locator));
        }
        return new LoadResult(new Snapshot(source, facts, expectations, written), List.of());
    }

    /** {@code sources} is JSON pointer to place, both strings; nothing reads it but people. */
    private static void checkSources(Fields top, Issues issues) {
        for (Map.Entry<String, JsonNode> source : top.object("sources").properties()) {
            if (!source.getValue().isTextual()) {
                issues.add(Pointers.member(top.at("sources"), source.getKey()), Issues.WRONG_TYPE,
                        "expected a string saying where the value came from, found " + Shown.describe(source.getValue()));
            }
        }
    }

    /** How many facts the file would give, counted before converting so an oversized file costs nothing more. */
    private static long countFacts(Fields top) {
        long count = 1;
        for (String section : List.of("servers", "replicas", "groups", "directoryAcl", "foreignDomains", "requests")) {
            JsonNode array = top.peek(section);
            if (array == null || !array.isArray()) {
                continue;
            }
            count += array.size();
            String inner = section.equals("servers") ? "notesIni" : section.equals("groups") ? "members" : null;
            for (int i = 0; inner != null && i < array.size(); i++) {
                JsonNode container = array.get(i).get(inner);
                count += container != null && container.isContainerNode() ? container.size() : 0;
            }
        }
        return count;
    }
}
