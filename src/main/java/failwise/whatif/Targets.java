package failwise.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.facts.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the object a change names in a fact file's tree: a server or replica by name (canonical or as written,
 * ignoring case, as Domino compares names), a document or request by id, a group by name. A name that is not there
 * is one line listing the names that are.
 */
final class Targets {
    private final JsonNode root;
    private final String source;

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
            case SERVER -> find(c, section(c.kind()), "server", "name", sameName(c.entity()));
            case FOREIGN_DOMAIN -> find(c, section(c.kind()), "Foreign Domain document", "id",
                    n -> c.entity().equals(n.path("id").asText(null)));
            case REQUEST -> find(c, section(c.kind()), "request", "id",
                    n -> c.entity().equals(n.path("id").asText(null)));
            case GROUP -> find(c, section(c.kind()), "group", "name",
                    n -> c.entity().equalsIgnoreCase(n.path("name").asText("").strip()));
            case REPLICA -> replica(c);
            case POINTER -> throw new IllegalStateException("pointers are edited by pointer()");
        };
    }

    private ObjectNode replica(Change c) throws ChangeException {
        int at = c.entity().indexOf('@');
        String database = c.entity().substring(0, at).strip();
        String server = c.entity().substring(at + 1).strip();
        return find(c, section(c.kind()), "replica", "path", n -> sameName(server, n.path("server"))
                && (database.equalsIgnoreCase(n.path("path").asText("")) || database.equals(n.path("replicaId").asText(""))));
    }

    private static Predicate<JsonNode> sameName(String wanted) {
        return n -> sameName(wanted, n.path("name"));
    }

    /** Names compare as Domino compares them: canonical, ignoring case. */
    private static boolean sameName(String wanted, JsonNode name) {
        return name.isTextual() && Names.key(wanted).equals(Names.key(name.asText()));
    }

    private ObjectNode find(Change c, String section, String noun, String label, Predicate<JsonNode> matches)
            throws ChangeException {
        List<String> known = new ArrayList<>();
        for (JsonNode n : root.path(section)) {
            if (n instanceof ObjectNode o && matches.test(o)) {
                return o;
            }
            known.add(n.path(label).asText("?") + (section.equals("replicas") ? "@" + n.path("server").asText("?") : ""));
        }
        throw new ChangeException(c.quoted() + ": expected a " + noun + " of " + source + " ("
                + (known.isEmpty() ? "it has none" : String.join(", ", known)) + "), found `" + c.entity() + "`");
    }
}
