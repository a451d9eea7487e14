package failwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import failwise.facts.Names;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a generated fact file as the exports a customer would hand over, in the shapes {@code failwise import}
 * reads: names.nsf DXL (Server, Group, Foreign Domain documents, the ACL), one cldbdir.nsf DXL and one
 * {@code show cluster} per cluster (from a running member, in both printed forms), {@code show stat Server.*} of
 * every running server and a NOTES.INI per server. What no export carries is left out: the router's cluster
 * failover setting (Configuration Settings), replicas of unclustered servers (no Cluster Database Directory), and
 * anything live about a server that is down (its console does not answer).
 */
public final class ExportsWriter {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss','SS", Locale.ROOT);
    private static final List<String> GROUP_TYPES = List.of("MULTI_PURPOSE", "MAIL_ONLY", "ACL_ONLY",
            "DENY_LIST_ONLY", "SERVERS_ONLY");

    private final JsonNode facts;
    private final Path dir;
    private int noteId = 0x100;

    private ExportsWriter(JsonNode facts, Path dir) {
        this.facts = facts;
        this.dir = dir;
    }

    /** Writes the exports of fact file {@code json} into {@code dir} (created if missing); returns how many files. */
    public static int write(String json, Path dir) throws IOException {
        Files.createDirectories(dir);
        ExportsWriter writer = new ExportsWriter(JsonMapper.builder().build().readTree(json), dir);
        return writer.names() + writer.clusters() + writer.servers();
    }

    private int names() throws IOException {
        StringBuilder x = database("names.nsf", "Directory");
        if (facts.has("directoryAcl")) {
            x.append("<acl>\n");
            for (JsonNode entry : facts.get("directoryAcl")) {
                x.append("<aclentry name='").append(xml(entry.get("name").asText())).append("' level='manager'>");
                for (JsonNode role : entry.path("roles")) {
                    String r = role.asText();
                    x.append("<role>").append(xml(r.substring(1, r.length() - 1))).append("</role>");
                }
                x.append("</aclentry>\n");
            }
            x.append("</acl>\n");
        }
        for (JsonNode server : facts.path("servers")) {
            document(x, "Server", null);
            item(x, "ServerName", Names.canonical(server.get("name").asText()), "");
            if (server.has("cluster")) {
                item(x, "ClusterName", server.get("cluster").asText(), "");
            }
            x.append("</document>\n");
        }
        for (JsonNode group : facts.path("groups")) {
            document(x, "Group", null);
            item(x, "ListName", group.get("name").asText(), "");
            item(x, "GroupType", String.valueOf(GROUP_TYPES.indexOf(group.path("type").asText("MULTI_PURPOSE"))), "");
            List<String> members = new ArrayList<>();
            group.path("members").forEach(m -> members.add(Names.canonical(m.asText())));
            list(x, "Members", members, " names='true'");
            x.append("</document>\n");
        }
        int i = 0;
        for (JsonNode doc : facts.path("foreignDomains")) {
            // Half the documents were saved where the clock runs an hour ahead, half four and a half hours behind.
            ZoneOffset offset = i++ % 2 == 0 ? ZoneOffset.ofHours(1) : ZoneOffset.ofHoursMinutes(-4, -30);
            String modified = BASIC.format(Instant.parse(doc.get("modified").asText()).atOffset(offset))
                    + offset.getId().replace(":", "").replace("+0100", "+01");
            document(x, "Domain", modified);
            item(x, "DomainType", "Foreign Domain", "");
            item(x, "DomainName", doc.get("domain").asText(), "");
            item(x, "MailServer", Names.canonical(doc.get("gatewayServer").asText()), " names='true'");
            if (doc.has("calendarServer")) {
                item(x, "CalendarServer", Names.canonical(doc.get("calendarServer").asText()), " names='true'");
            }
            texts(x, doc, "readers", "DocReaders", " readers='true' names='true'");
            texts(x, doc, "authors", "DocAuthors", " authors='true' names='true'");
            texts(x, doc, "documentAccess", "DocumentAccess", " readers='true'");
            x.append("</document>\n");
        }
        return save("names.dxl", x.append("</database>\n"));
    }

    private int clusters() throws IOException {
        Map<String, List<JsonNode>> clusters = new LinkedHashMap<>();
        for (JsonNode server : facts.path("servers")) {
            if (server.has("cluster")) {
                clusters.computeIfAbsent(server.get("cluster").asText(), c -> new ArrayList<>()).add(server);
            }
        }
        int files = 0;
        int n = 0;
        for (Map.Entry<String, List<JsonNode>> cluster : clusters.entrySet()) {
            files += cldbdir(cluster.getKey(), cluster.getValue());
            JsonNode local = cluster.getValue().stream().filter(ExportsWriter::running).findFirst().orElse(null);
            if (local != null) {
                files += showCluster(cluster.getKey(), cluster.getValue(), local, n++ % 2 == 0);
            }
        }
        return files;
    }

    private int cldbdir(String cluster, List<JsonNode> members) throws IOException {
        Set<String> names = new HashSet<>();
        members.forEach(m -> names.add(m.get("name").asText()));
        StringBuilder x = database("cldbdir.nsf", "Cluster Directory (" + cluster + ")");
        // Generated replicas name their servers exactly as the servers are written.
        for (JsonNode replica : replicasOf(names)) {
            String status = replica.path("status").asText("IN_SERVICE");
            document(x, "DBEntry", null);
            item(x, "Server", Names.canonical(replica.get("server").asText()), " names='true'");
            item(x, "PathName", replica.get("path").asText().replace('/', '\\'), "");
            item(x, "ReplicaID", replica.get("replicaId").asText().replace(":", ""), "");
            item(x, "DatabaseOutOfService", status.equals("OUT_OF_SERVICE") ? "1" : "0", "");
            if (status.equals("PENDING_DELETE")) {
                item(x, "MarkedForDelete", "1", "");
            }
            x.append("</document>\n");
        }
        return save("cldbdir-" + cluster + ".dxl", x.append("</database>\n"));
    }

    private List<JsonNode> replicasOf(Set<String> servers) {
        List<JsonNode> out = new ArrayList<>();
        // In file order, as the Cluster Database Directory would list them.
        facts.path("replicas").forEach(r -> {
            if (servers.contains(r.get("server").asText())) {
                out.add(r);
            }
        });
        return out;
    }

    /** {@code show cluster} on {@code local}, as HCL's documentation prints it or as the C API's templates do. */
    private int showCluster(String cluster, List<JsonNode> members, JsonNode local, boolean printed) throws IOException {
        StringBuilder t = new StringBuilder(printed ? "" : "> show cluster\n");
        String lead = printed ? "" : " ";
        t.append(lead).append("Cluster name: ").append(cluster).append(", Server name: ")
                .append(local.get("name").asText()).append('\n');
        JsonNode threshold = local.path("notesIni").get("Server_Availability_Threshold");
        int index = local.path("availabilityIndex").asInt(100);
        if (threshold != null) {
            t.append(lead).append("Server availability threshold: ").append(threshold.asInt()).append('\n');
        }
        boolean busy = threshold != null && index < threshold.asInt();
        t.append(lead).append("Server availability index: ").append(index).append(" (state: ")
                .append(busy ? "BUSY" : "AVAILABLE").append(")\n");
        t.append(lead).append("Cluster members (").append(members.size()).append(printed ? ")...\n" : "):\n");
        for (JsonNode member : members) {
            t.append(printed ? "   server: " : "\tServer: ").append(member.get("name").asText());
            if (running(member)) {
                t.append(", availability index: ").append(member.path("availabilityIndex").asInt(100)).append('\n');
            } else {
                t.append(printed ? ", availability index: UNREACHABLE\n" : ", availability: UNREACHABLE\n");
            }
        }
        return save("show-cluster-" + cluster + ".txt", t);
    }

    private int servers() throws IOException {
        int files = 0;
        for (JsonNode server : facts.path("servers")) {
            String file = server.get("name").asText().replace('/', '-');
            if (running(server)) {
                StringBuilder t = new StringBuilder("> show stat Server.*\n");
                List<String> stats = new ArrayList<>();
                stats.add("Server.AvailabilityIndex = " + server.path("availabilityIndex").asInt(100));
                JsonNode threshold = server.path("notesIni").get("Server_Availability_Threshold");
                if (threshold != null) {
                    stats.add("Server.AvailabilityThreshold = " + threshold.asInt());
                }
                stats.add("Server.Name = " + Names.canonical(server.get("name").asText()));
                stats.add("Server.Users = " + server.path("activeUsers").asInt(0));
                stats.forEach(s -> t.append("  ").append(s).append('\n'));
                t.append("  ").append(stats.size()).append(" statistics found\n");
                files += save("show-stat-" + file + ".txt", t);
            }
            StringBuilder ini = new StringBuilder("[Notes]\nKitType=2\nServerName=")
                    .append(Names.canonical(server.get("name").asText())).append('\n');
            if (server.has("tasks")) {
                List<String> tasks = new ArrayList<>();
                server.get("tasks").forEach(task -> tasks.add(task.asText()));
                ini.append("ServerTasks=").append(String.join(",", tasks)).append('\n');
            }
            server.path("notesIni").properties().forEach(s -> ini.append(s.getKey()).append('=')
                    .append(s.getValue().asText()).append('\n'));
            files += save("notes-" + file + ".ini", ini);
        }
        return files;
    }

    private static boolean running(JsonNode server) {
        return server.path("state").asText("UP").equals("UP");
    }

    private StringBuilder database(String path, String title) {
        return new StringBuilder("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE database SYSTEM "
                + "'xmlschemas/domino_10_0_1.dtd'>\n<database xmlns='http://www.lotus.com/dxl' version='10.0'\n path='")
                .append(path).append("' title='").append(xml(title)).append("'>\n");
    }

    private void document(StringBuilder x, String form, String modified) {
        x.append("<document form='").append(form).append("'>\n<noteinfo noteid='")
                .append(Integer.toHexString(noteId += 4)).append("' sequence='1'>");
        if (modified != null) {
            x.append("\n<modified><datetime>").append(modified).append("</datetime></modified>\n");
        }
        x.append("</noteinfo>\n");
    }

    private static void item(StringBuilder x, String name, String value, String flags) {
        x.append("<item name='").append(name).append('\'').append(flags).append("><text>").append(xml(value))
                .append("</text></item>\n");
    }

    private static void list(StringBuilder x, String name, List<String> values, String flags) {
        x.append("<item name='").append(name).append('\'').append(flags).append("><textlist>");
        values.forEach(v -> x.append("<text>").append(xml(v)).append("</text>"));
        x.append("</textlist></item>\n");
    }

    private static void texts(StringBuilder x, JsonNode doc, String field, String item, String flags) {
        if (doc.has(field)) {
            List<String> values = new ArrayList<>();
            doc.get(field).forEach(v -> values.add(v.asText()));
            list(x, item, values, flags);
        }
    }

    private int save(String name, CharSequence text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return 1;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
