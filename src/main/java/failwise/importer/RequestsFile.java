package failwise.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import failwise.facts.FactLoader;
import failwise.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The hand-written fact file of {@code --requests}: what the consultant wants to ask of the imported estate. Its
 * {@code requests} and {@code expect} are taken (with its name and description); its servers and other topology
 * are not. It is read by the fact loader like any fact file, except that a reference to a server or group it does
 * not define is held back, to be checked against the estate it joins.
 */
record RequestsFile(String source, JsonNode name, JsonNode description, JsonNode requests, JsonNode expect,
                    List<Problem> heldBack, List<String> ignored) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> HELD_BACK = Set.of("unknown-reference", "unknown-group");
    private static final List<String> TOPOLOGY = List.of("servers", "replicas", "groups", "directoryAcl",
            "foreignDomains");

    /** Reads {@code file}; null after reporting each problem that makes it unusable. */
    static RequestsFile read(Path file, FactLoader loader, Report report) {
        List<Problem> problems = loader.load(file).problems();
        List<Problem> heldBack = new ArrayList<>();
        boolean usable = true;
        for (Problem p : problems) {
            String pointer = p.pointer() == null ? "" : p.pointer();
            if (HELD_BACK.contains(p.code()) && (pointer.startsWith("/requests/") || pointer.startsWith("/expect/"))) {
                heldBack.add(p);
            } else {
                report.unreadable(p.file(), p.line(), p.column(), p.code(), Importer.at(p.pointer()) + p.message());
                usable = false;
            }
        }
        if (!usable) {
            return null;
        }
        JsonNode root;
        try {
            String lower = file.toString().toLowerCase(Locale.ROOT);
            root = (lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON).readTree(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            // The loader read it a moment ago; failing now means it changed under us.
            report.unreadable(file.toString(), 0, 0, Report.IO, "cannot read the file again: " + e.getMessage());
            return null;
        }
        List<String> ignored = new ArrayList<>();
        for (String section : TOPOLOGY) {
            if (root.has(section) && !root.get(section).isEmpty()) {
                ignored.add(section);
            }
        }
        return new RequestsFile(file.toString(), root.get("name"), root.get("description"), root.get("requests"),
                root.get("expect"), heldBack, ignored);
    }

    int count(JsonNode array) {
        return array == null ? 0 : array.size();
    }

    /** The line of the summary saying what was taken and what was not. */
    String summary() {
        int r = count(requests);
        int e = count(expect);
        return "requests file: took " + r + (r == 1 ? " request" : " requests") + " and " + e
                + (e == 1 ? " expectation" : " expectations") + (ignored.isEmpty() ? ""
                : "; its " + String.join(", ", ignored) + " are not imported (the exports describe the estate)");
    }

    /** The problem this file gives at {@code pointer} with {@code code} when read alone, located in it; or null. */
    Problem heldBack(String pointer, String code) {
        for (Problem p : heldBack) {
            if (p.pointer().equals(pointer) && p.code().equals(code)) {
                return p;
            }
        }
        return null;
    }
}
