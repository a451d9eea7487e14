package failwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import failwise.facts.FactLoader;
import failwise.facts.Names;
import failwise.importer.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated estate written as Domino exports and imported again gives back what the exports can carry: every
 * server with its cluster, tasks and NOTES.INI, the live values of running servers, the replicas of clustered
 * servers, groups, the ACL and the Foreign Domain documents.
 */
class ExportsRoundTripTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void importingTheExportsGivesBackTheEstate(long seed) throws Exception {
        String json = new Generator(Size.times(3)).file(seed, 1);
        Path facts = temp.resolve("topology.json");
        Files.writeString(facts, json);
        Path exports = temp.resolve("exports");
        ExportsWriter.write(json, exports);

        Importer.Result result = new Importer().run(List.of(exports), facts, false, "imported.yaml");

        assertThat(result.failed()).as(String.join("\n", result.lines())).isFalse();
        assertThat(result.lines()).noneMatch(l -> l.contains(": disagreement: ") || l.contains(": unsupported: ")
                || l.contains(": unrecognised-line: "));
        assertThat(new FactLoader().parse("imported.yaml", result.text()).problems()).isEmpty();
        JsonNode original = JsonMapper.builder().build().readTree(json);
        JsonNode imported = YAMLMapper.builder().build().readTree(result.text());
        servers(original, imported);
        assertThat(replicas(imported, null)).isEqualTo(replicas(original, clustered(original)));
        assertThat(canonical(imported.get("groups"), "members")).isEqualTo(canonical(original.get("groups"), "members"));
        assertThat(imported.path("directoryAcl")).isEqualTo(original.path("directoryAcl"));
        documents(original, imported);
        assertThat(imported.get("requests")).isEqualTo(original.get("requests"));
    }

    private static void servers(JsonNode original, JsonNode imported) {
        Map<String, JsonNode> byName = new HashMap<>();
        imported.get("servers").forEach(s -> byName.put(s.get("name").asText(), s));
        assertThat(byName).hasSameSizeAs(original.get("servers"));
        Set<String> shown = clustersWithARunningMember(original);
        for (JsonNode s : original.get("servers")) {
            JsonNode back = byName.get(s.get("name").asText());
            String name = s.get("name").asText();
            assertThat(back.path("cluster")).as(name).isEqualTo(s.path("cluster"));
            assertThat(back.path("tasks")).as(name).isEqualTo(s.path("tasks"));
            Map<String, String> ini = new HashMap<>();
            s.path("notesIni").properties().forEach(e -> ini.put(e.getKey(), e.getValue().asText()));
            ini.put("KitType", "2");
            Map<String, String> iniBack = new HashMap<>();
            back.path("notesIni").properties().forEach(e -> iniBack.put(e.getKey(), e.getValue().asText()));
            assertThat(iniBack).as(name).isEqualTo(ini);
            String state = s.path("state").asText("UP");
            if (state.equals("UP")) {
                assertThat(back.path("state").asText("UP")).as(name).isEqualTo("UP");
                assertThat(back.path("availabilityIndex").asInt(100)).as(name).isEqualTo(s.path("availabilityIndex").asInt(100));
                assertThat(back.path("activeUsers").asInt(0)).as(name).isEqualTo(s.path("activeUsers").asInt(0));
            } else if (shown.contains(s.path("cluster").asText(""))) {
                // A console shows a server that is down as UNREACHABLE, and import says so.
                assertThat(back.path("state").asText()).as(name).isEqualTo("UNREACHABLE");
            }
        }
    }

    private static void documents(JsonNode original, JsonNode imported) {
        assertThat(imported.get("foreignDomains")).hasSameSizeAs(original.get("foreignDomains"));
        for (int i = 0; i < original.get("foreignDomains").size(); i++) {
            JsonNode d = original.get("foreignDomains").get(i);
            JsonNode back = imported.get("foreignDomains").get(i);
            assertThat(back.get("id").asText()).startsWith(d.get("domain").asText() + "-");
            assertThat(Instant.parse(back.get("modified").asText())).isEqualTo(Instant.parse(d.get("modified").asText()));
            for (String field : List.of("readers", "authors", "documentAccess", "domain")) {
                assertThat(back.path(field)).as(field).isEqualTo(d.path(field));
            }
            assertThat(Names.key(back.get("gatewayServer").asText())).isEqualTo(Names.key(d.get("gatewayServer").asText()));
        }
    }

    private static Set<String> clustered(JsonNode facts) {
        Set<String> out = new HashSet<>();
        facts.get("servers").forEach(s -> {
            if (s.has("cluster")) {
                out.add(s.get("name").asText());
            }
        });
        return out;
    }

    private static Set<String> clustersWithARunningMember(JsonNode facts) {
        Set<String> out = new HashSet<>();
        facts.get("servers").forEach(s -> {
            if (s.has("cluster") && s.path("state").asText("UP").equals("UP")) {
                out.add(s.get("cluster").asText());
            }
        });
        return out;
    }

    private static List<String> replicas(JsonNode facts, Set<String> servers) {
        List<String> out = new ArrayList<>();
        facts.get("replicas").forEach(r -> {
            if (servers == null || servers.contains(r.get("server").asText())) {
                out.add(r.get("server").asText() + " " + r.get("path").asText() + " " + r.get("replicaId").asText()
                        + " " + r.path("status").asText("IN_SERVICE"));
            }
        });
        out.sort(null);
        return out;
    }

    private static List<String> canonical(JsonNode groups, String field) {
        List<String> out = new ArrayList<>();
        groups.forEach(g -> {
            List<String> members = new ArrayList<>();
            g.get(field).forEach(m -> members.add(Names.canonical(m.asText())));
            out.add(g.get("name").asText() + " " + g.path("type").asText("MULTI_PURPOSE") + " " + members);
        });
        return out;
    }
}
