package failwise.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.facts.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the object a change names in a fact file's tree: a server or replica by name (canonical or as written,
 * ignoring case, as Domino compares names), a document or request by id, a group by name. A name that is not there
 * is one line listing the names that are.
 *
 * <p>Servers, replicas (by their server), documents and requests are found through an index of their section,
 * built on first use: a sweep changes every server of a file in one edit, which scanned the whole section per
 * change (quadratic: 10,000 servers made 10^8 name comparisons). An edit that could move an entry out of or into
 * an index (a pointer edit, or a change of a field the indexes read) drops them, so they never answer stale.
 */
final class Targets {
    /** The fields an index reads: a change of one of them drops the indexes. */
    private static final Set<String> INDEXED_FIELDS = Set.of("name", "id", "server", "path", "replicaId");

    private final JsonNode root;
    private final String source;
    private final Map<String, Map<String, List<ObjectNode>>> indexes = new HashMap<>();

    Targets(JsonNode root, String source) {
        this.root = root;
        this.source = source;
    }

    /** The sections of a fact file whose entries changes name. */
    static final Set<String> SECTIONS = Set.of("servers", "replicas", "groups", "foreignDomains", "requests");

    /** The section of the entries a change of {@code kind} names (not for pointers). */
    static String section(Change.Kind kind) {
        return switch (kind) {
            case SERVER -> "servers";
            case FOREIGN_DOMAIN -> "foreignDomains";
            case REQUEST -> "requests";
            case GROUP -> "groups";
            case REPLICA -> "replicas";
            case POINTER -> throw new IllegalArgumentException("a pointer names no section");
        };
    }

    /** The server, replica, document, request or group a change names. */
    ObjectNode find(Change c) throws ChangeException {
        return switch (c.kind()) {
            case SERVER -> find(c, section(c.kind()), "server", "name", Targets::ownName, Names.key(c.entity()),
                    sameName(c.entity()));
            case FOREIGN_DOMAIN -> find(c, section(c.kind()), "Foreign Domain document", "id", Targets::id,
                    c.entity(), n -> c.entity().equals(n.path("id").asText(null)));
            case REQUEST -> find(c, section(c.kind()), "request", "id", Targets::id, c.entity(),
                    n -> c.entity().equals(n.path("id").asText(null)));
            case GROUP -> find(c, section(c.kind()), "group", "name", null, null,
                    n -> c.entity().equalsIgnoreCase(n.path("name").asText("").strip()));
            case REPLICA -> replica(c);
            case POINTER -> throw new IllegalStateException("pointers are edited by pointer()");
        };
    }

    /** Tells the finder that {@code c} was applied: one that may have moved an entry drops the indexes. */
    void applied(Change c) {
        if (c.kind() == Change.Kind.POINTER || c.key() == null && INDEXED_FIELDS.contains(c.field())) {
            indexes.clear();
        }
    }

    private ObjectNode replica(Change c) throws ChangeException {
        int at = c.entity().indexOf('@');
        String database = c.entity().substring(0, at).strip();
        String server = c.entity().substring(at + 1).strip();
        return find(c, section(c.kind()), "replica", "path", n -> nameKey(n.path("server")), Names.key(server),
                n -> sameName(server, n.path("server")) && (database.equalsIgnoreCase(n.path("path").asText(""))
                        || database.equals(n.path("replicaId").asText(""))));
    }

    private static Predicate<JsonNode> sameName(String wanted) {
        return n -> sameName(wanted, n.path("name"));
    }

    /** Names compare as Domino compares them: canonical, ignoring case. */
    private static boolean sameName(String wanted, JsonNode name) {
        return name.isTextual() && Names.key(wanted).equals(Names.key(name.asText()));
    }

    private static String nameKey(JsonNode name) {
        return name.isTextual() ? Names.key(name.asText()) : null;
    }

    private static String id(JsonNode entry) {
        return entry.path("id").asText(null);
    }

    private static String ownName(ObjectNode entry) {
        return nameKey(entry.path("name"));
    }

    /**
     * The first entry of {@code section} that {@code matches}. With an index ({@code keyOf} reads the key of an
     * entry, {@code key} is the wanted one), only the entries of that key are tested, in file order.
     */
    private ObjectNode find(Change c, String section, String noun, String label, Function<ObjectNode, String> keyOf,
                            String key, Predicate<JsonNode> matches) throws ChangeException {
        if (keyOf != null) {
            if (key != null) {
                for (ObjectNode o : index(section, keyOf).getOrDefault(key, List.of())) {
                    if (matches.test(o)) {
                        return o;
                    }
                }
            }
        } else {
            for (JsonNode n : root.path(section)) {
                if (n instanceof ObjectNode o && matches.test(o)) {
                    return o;
                }
            }
        }
        List<String> known = new ArrayList<>();
        for (JsonNode n : root.path(section)) {
            known.add(n.path(label).asText("?") + (section.equals("replicas") ? "@" + n.path("server").asText("?") : ""));
        }
        throw new ChangeException(c.quoted() + ": expected a " + noun + " of " + source + " ("
                + (known.isEmpty() ? "it has none" : String.join(", ", known)) + "), found `" + c.entity() + "`");
    }

    private Map<String, List<ObjectNode>> index(String section, Function<ObjectNode, String> keyOf) {
        return indexes.computeIfAbsent(section, s -> {
            Map<String, List<ObjectNode>> out = new HashMap<>();
            for (JsonNode n : root.path(s)) {
                String k = n instanceof ObjectNode o ? keyOf.apply(o) : null;
                if (k != null) {
                    out.computeIfAbsent(k, x -> new ArrayList<>(1)).add((ObjectNode) n);
                }
            }
            return out;
        });
    }
}
