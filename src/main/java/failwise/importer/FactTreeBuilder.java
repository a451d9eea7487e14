package failwise.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the fact file of an estate as a tree in the contract's shape, with where each value came from by JSON
 * pointer. Elements and group members named in {@code dropped} (by their pointer in a build without drops) are
 * left out, so the loader's verdict on a first build can remove what does not hold together.
 */
final class FactTreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("0|-?[1-9]\\d{0,8}");

    /** The tree and the place of each value, by the JSON pointer of the built tree. */
    record Built(ObjectNode root, Map<String, Where> sources) {
    }

    private final Estate estate;
    private final Set<String> dropped;
    private final Map<String, Where> sources = new LinkedHashMap<>();

    FactTreeBuilder(Estate estate, Set<String> dropped) {
        this.estate = estate;
        this.dropped = dropped;
    }

    Built build(String name, String description, JsonNode requests, JsonNode expect) {
        ObjectNode root = NODES.objectNode();
        root.put("name", name);
        if (description != null) {
            root.put("description", description);
        }
        servers(root.putArray("servers"));
        replicas(root.putArray("replicas"));
        groups(root.putArray("groups"));
        if (estate.hasAcl()) {
            acl(root.putArray("directoryAcl"));
        }
        documents(root.putArray("foreignDomains"));
        if (requests != null) {
            root.set("requests", requests);
        }
        if (expect != null) {
            root.set("expect", expect);
        }
        return new Built(root, sources);
    }

    /** The servers sorted by canonical name, so the file does not depend on the order of the inputs. */
    List<ServerDraft> servers() {
        List<ServerDraft> list = new ArrayList<>(estate.servers.values());
        list.sort(Comparator.comparing(s -> s.canonical.toLowerCase(java.util.Locale.ROOT)));
        return list;
    }

    private void servers(ArrayNode out) {
        for (ServerDraft s : servers()) {
            String at = "/servers/" + out.size();
            ObjectNode server = out.addObject();
            server.put("name", Abbreviated.name(s.canonical));
            sources.put(at + "/name", s.firstSeen);
            Object cluster = s.value(ServerDraft.CLUSTER);
            if (cluster != null && !cluster.toString().isEmpty()) {
                field(server, at, ServerDraft.CLUSTER, s);
            }
            for (String f : List.of(ServerDraft.STATE, ServerDraft.INDEX, ServerDraft.USERS)) {
                if (s.value(f) != null) {
                    field(server, at, f, s);
                }
            }
            if (!s.settings.isEmpty()) {
                ObjectNode ini = server.putObject("notesIni");
                for (ServerDraft.Setting setting : s.settings.values()) {
                    String pointer = at + "/notesIni/" + escape(setting.name());
                    if (dropped.contains(pointer)) {
                        continue;
                    }
                    String value = setting.value().value();
                    if (INTEGER.matcher(value).matches()) {
                        ini.put(setting.name(), Integer.parseInt(value));
                    } else {
                        ini.put(setting.name(), value);
                    }
                    sources.put(pointer, setting.value().where());
                }
            }
            if (s.value(ServerDraft.TASKS) != null) {
                field(server, at, ServerDraft.TASKS, s);
            }
        }
    }

    private void field(ObjectNode server, String at, String field, ServerDraft s) {
        Sourced<Object> sourced = s.fields.get(field);
        Object value = sourced.value();
        if (value instanceof Integer n) {
            server.put(field, n);
        } else if (value instanceof List<?> list) {
            ArrayNode array = server.putArray(field);
            list.forEach(v -> array.add(String.valueOf(v)));
        } else {
            server.put(field, String.valueOf(value));
        }
        sources.put(at + "/" + field, sourced.where());
    }

    private void replicas(ArrayNode out) {
        for (int i = 0; i < estate.replicas.size(); i++) {
            if (dropped.contains("/replicas/" + i)) {
                continue;
            }
            Estate.Replica r = estate.replicas.get(i);
            sources.put("/replicas/" + out.size(), r.where());
            ObjectNode replica = out.addObject().put("server", Abbreviated.name(r.server())).put("path", r.path())
                    .put("replicaId", r.replicaId());
            if (!r.status().equals("IN_SERVICE")) {
                replica.put("status", r.status());
            }
        }
    }

    private void groups(ArrayNode out) {
        for (int i = 0; i < estate.groups.size(); i++) {
            if (dropped.contains("/groups/" + i)) {
                continue;
            }
            Estate.Group g = estate.groups.get(i);
            String at = "/groups/" + out.size();
            sources.put(at, g.where());
            ObjectNode group = out.addObject().put("name", g.name()).put("type", g.type());
            ArrayNode members = group.putArray("members");
            for (int j = 0; j < g.members().size(); j++) {
                if (!dropped.contains("/groups/" + i + "/members/" + j)) {
                    sources.put(at + "/members/" + members.size(), g.memberPlaces().get(j));
                    members.add(g.members().get(j));
                }
            }
        }
    }

    private void acl(ArrayNode out) {
        for (int i = 0; i < estate.acl.size(); i++) {
            if (dropped.contains("/directoryAcl/" + i)) {
                continue;
            }
            Estate.AclEntry e = estate.acl.get(i);
            sources.put("/directoryAcl/" + out.size(), e.where());
            ArrayNode roles = out.addObject().put("name", e.name()).putArray("roles");
            e.roles().forEach(roles::add);
        }
    }

    private void documents(ArrayNode out) {
        for (int i = 0; i < estate.documents.size(); i++) {
            if (dropped.contains("/foreignDomains/" + i)) {
                continue;
            }
            Estate.Document d = estate.documents.get(i);
            sources.put("/foreignDomains/" + out.size(), d.where());
            ObjectNode doc = out.addObject().put("id", d.id()).put("domain", d.domain()).put("gatewayServer", d.gateway());
            if (d.calendar() != null) {
                doc.put("calendarServer", d.calendar());
            }
            doc.put("modified", d.modified());
            if (!d.readers().isEmpty()) {
                d.readers().forEach(doc.putArray("readers")::add);
            }
            if (!d.authors().isEmpty()) {
                d.authors().forEach(doc.putArray("authors")::add);
            }
            if (d.documentAccess() != null) {
                d.documentAccess().forEach(doc.putArray("documentAccess")::add);
            }
        }
    }

    /** A key as a JSON pointer writes it (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
