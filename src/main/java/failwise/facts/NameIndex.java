package failwise.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The servers and groups a fact file defines, by comparison key, so every reference can be checked and replaced by
 * the one spelling the file's definition uses; rules then join on plain string equality.
 */
final class NameIndex {

    /** Groups Domino maintains without a Directory document; members may name them without defining them. */
    static final List<String> IMPLICIT_GROUPS = List.of("LocalDomainServers", "LocalDomainAdmins", "OtherDomainServers");

    private record Entry(String spelling, String pointer) {
    }

    private final Map<String, Entry> servers = new HashMap<>();
    private final Map<String, Entry> groups = new HashMap<>();

    /** Registers a server by its canonical name; returns the pointer of an earlier server of that name, or null. */
    String addServer(String canonical, String pointer) {
        Entry earlier = servers.putIfAbsent(canonical.toLowerCase(Locale.ROOT), new Entry(canonical, pointer));
        return earlier == null ? null : earlier.pointer;
    }

    /** Registers a group by name; returns the pointer of an earlier group of that name, or null. */
    String addGroup(String name, String pointer) {
        Entry earlier = groups.putIfAbsent(groupKey(name), new Entry(name, pointer));
        return earlier == null ? null : earlier.pointer;
    }

    /** The spelling of the server {@code canonical} names, or null when the file has no such server. */
    String server(String canonical) {
        Entry entry = servers.get(canonical.toLowerCase(Locale.ROOT));
        return entry == null ? null : entry.spelling;
    }

    /** The spelling of the group {@code name} names, or null when the file has no such group. */
    String group(String name) {
        Entry entry = groups.get(groupKey(name));
        return entry == null ? null : entry.spelling;
    }

    /**
     * Member {@code key} of {@code f} as a reference to a server of the file, replaced by that server's spelling;
     * null (reported) when it names none.
     */
    String serverReference(Fields f, String key, boolean required, Issues issues) {
        String written = f.nonBlank(key, required);
        if (written == null) {
            return null;
        }
        String spelling = server(Names.canonical(written));
        if (spelling == null) {
            issues.add(f.at(key), Issues.UNKNOWN_REFERENCE,
                    "expected the name of a server in /servers, found " + Shown.code(written));
        }
        return spelling;
    }

    /** A person or server name: canonical, and the server's spelling when it names one. */
    String person(String written) {
        String canonical = Names.canonical(written);
        String server = server(canonical);
        return server == null ? canonical : server;
    }

    /**
     * A group member or ACL entry: a hierarchical name or wildcard is a person or server; a flat name is a group
     * of the file, a server, or one of Domino's implicit groups, in that order. Null when a flat name is none.
     */
    String member(String written) {
        if (written.indexOf('/') >= 0 || written.indexOf('*') >= 0 || written.indexOf('=') >= 0) {
            return person(written);
        }
        String trimmed = written.trim();
        String found = group(trimmed);
        if (found == null) {
            found = server(trimmed);
        }
        for (int i = 0; found == null && i < IMPLICIT_GROUPS.size(); i++) {
            if (IMPLICIT_GROUPS.get(i).equalsIgnoreCase(trimmed)) {
                found = IMPLICIT_GROUPS.get(i);
            }
        }
        return found;
    }

    static String groupKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
