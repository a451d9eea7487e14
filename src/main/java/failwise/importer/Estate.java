package failwise.importer;

import failwise.facts.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the inputs of one import say, merged: servers by canonical name, and the Directory's groups, ACL and
 * Foreign Domain documents and the Cluster Database Directory's replicas in the order they were read.
 *
 * <p>The precedence rule: a live value (state, availability index, users, a NOTES.INI setting) is taken from the
 * console over NOTES.INI over the Directory; configuration (the cluster name) from the Directory over the console;
 * between two inputs of the same kind, the one given later on the command line. Every disagreement is reported
 * with both places.
 */
final class Estate {
    /** A replica of the Cluster Database Directory; {@code server} is canonical. */
    record Replica(String server, String path, String replicaId, String status, Where where) {
    }

    /** A Directory group: its name, contract type and members as stored. */
    record Group(String name, String type, List<String> members, Where where, List<Where> memberPlaces) {
    }

    /** A Directory ACL entry with its roles, bracketed. */
    record AclEntry(String name, List<String> roles, Where where) {
    }

    /** A Foreign Domain document; names as stored, {@code modified} an ISO-8601 instant. */
    record Document(String id, String domain, String gateway, String calendar, String modified, List<String> readers,
                    List<String> authors, List<String> documentAccess, Where where) {
    }

    final Report report = new Report();
    /** Whether a Domino Directory export was read, whose documents Readers fields may have hidden. */
    boolean directoryRead;
    final Map<String, ServerDraft> servers = new HashMap<>();
    final List<Replica> replicas = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<AclEntry> acl = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    /** The last state the console showed for each server (by canonical key), for the notes on what it may hide. */
    final Map<String, Sourced<String>> shown = new HashMap<>();
    private final Map<String, Where> groupNames = new HashMap<>();
    private final Map<String, Where> replicaPlaces = new HashMap<>();
    private final Map<String, Where> documentIds = new HashMap<>();
    private Where aclPlace;

    /** Whether {@code name} names no one: nothing is left of it once canonical (blanks and control characters). */
    static boolean nameless(String name) {
        return name == null || Names.canonical(name).isBlank() || Abbreviated.name(name).isBlank();
    }

    /** The server {@code name} names, created on first mention; callers check {@link #nameless} first. */
    ServerDraft server(String name, Where where) {
        String canonical = Names.canonical(name);
        return servers.computeIfAbsent(canonical.toLowerCase(Locale.ROOT), k -> new ServerDraft(canonical, where));
    }

    /** Sets a live field of {@code server} (the console wins). */
    void live(ServerDraft server, String field, Object value, Where where, Kind kind) {
        server.fields.put(field, merge(server.fields.get(field), new Sourced<>(value, where, kind), false,
                field, server));
    }

    /** Sets a configured field of {@code server} (the Directory wins). */
    void configured(ServerDraft server, String field, Object value, Where where, Kind kind) {
        server.fields.put(field, merge(server.fields.get(field), new Sourced<>(value, where, kind), true,
                field, server));
    }

    /** Sets NOTES.INI setting {@code name} of {@code server}, a live value; names compare ignoring case. */
    void setting(ServerDraft server, String name, String value, Where where, Kind kind) {
        String key = name.toUpperCase(Locale.ROOT);
        ServerDraft.Setting old = server.settings.get(key);
        Sourced<String> now = new Sourced<>(value, where, kind);
        server.settings.put(key, old == null ? new ServerDraft.Setting(name, now)
                : new ServerDraft.Setting(old.name(), merge(old.value(), now, false, old.name(), server)));
    }

    /** Records the state a console showed for {@code server}, in the console's own words. */
    void shown(ServerDraft server, String state, Where where) {
        shown.put(server.canonical.toLowerCase(Locale.ROOT), new Sourced<>(state, where, Kind.CONSOLE));
    }

    /** Adds a group unless one of its name was imported already (then reported). */
    void group(Group group) {
        Where earlier = groupNames.putIfAbsent(group.name().trim().toLowerCase(Locale.ROOT), group.where());
        if (earlier != null) {
            report.skip(group.where(), Report.DUPLICATE, "expected one group named `" + group.name()
                    + "`, found a second one (the first, at " + earlier + ", is imported)");
        } else {
            groups.add(group);
        }
    }

    boolean hasGroup(String name) {
        return groupNames.containsKey(name.trim().toLowerCase(Locale.ROOT));
    }

    /** Adds a replica unless the same server and path were imported already (then reported). */
    void replica(Replica replica) {
        String key = Names.key(replica.server()) + "!!" + replica.path().toLowerCase(Locale.ROOT);
        Where earlier = replicaPlaces.putIfAbsent(key, replica.where());
        if (earlier != null) {
            report.skip(replica.where(), Report.DUPLICATE, "expected one Cluster Database Directory entry for `"
                    + replica.path() + "` on `" + replica.server() + "`, found a second one (the first, at " + earlier
                    + ", is imported)");
        } else {
            replicas.add(replica);
        }
    }

    /** Adds a Foreign Domain document unless one of its id was imported already (then reported). */
    void document(Document document) {
        Where earlier = documentIds.putIfAbsent(document.id(), document.where());
        if (earlier != null) {
            report.skip(document.where(), Report.DUPLICATE, "expected one Foreign Domain document with the note id of `"
                    + document.id() + "`, found a second one (the first, at " + earlier + ", is imported)");
        } else {
            documents.add(document);
        }
    }

    /** Takes the ACL of one Directory export; a second ACL is reported and left out. */
    boolean acl(Where where) {
        if (aclPlace != null) {
            report.skip(where, Report.DUPLICATE, "expected one Domino Directory ACL, found a second one (the first, at "
                    + aclPlace + ", is imported)");
            return false;
        }
        aclPlace = where;
        return true;
    }

    boolean hasAcl() {
        return aclPlace != null;
    }

    /** A value in a message: in backticks, or "none" for the empty cluster name of a server not clustered. */
    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.isEmpty() ? "none" : TextLines.shown(text);
    }

    private <T> Sourced<T> merge(Sourced<T> old, Sourced<T> now, boolean configured, String field,
                                 ServerDraft server) {
        if (old == null || Objects.equals(old.value(), now.value())) {
            return old == null ? now : old;
        }
        boolean nowWins = now.kind() == old.kind() || (configured
                ? now.kind().ordinal() < old.kind().ordinal() : now.kind().ordinal() > old.kind().ordinal());
        Sourced<T> winner = nowWins ? now : old;
        Sourced<T> loser = nowWins ? old : now;
        String why = winner.kind() == loser.kind() ? "the input given later"
                : winner.kind().words() + " over " + loser.kind().words()
                        + (configured ? " for configuration" : " for a live value");
        report.note(winner.where(), Report.DISAGREEMENT, field + " of " + Abbreviated.name(server.canonical) + ": took "
                + shown(winner.value()) + " from here over " + shown(loser.value()) + " from " + loser.where() + " ("
                + why + ")");
        return winner;
    }
}
