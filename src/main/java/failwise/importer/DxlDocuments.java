package failwise.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the documents of one DXL export into the estate: Server, Group and Foreign Domain documents of the Domino
 * Directory (item names from the Notes C API's {@code stdnames.h}), and entries of the Cluster Database Directory,
 * recognised by their items since its form name is not documented. Anything else is counted and reported once.
 */
final class DxlDocuments {
    /** GroupType 0 to 4, in order, as the contract names them. */
    private static final List<String> GROUP_TYPES = List.of("MULTI_PURPOSE", "MAIL_ONLY", "ACL_ONLY",
            "DENY_LIST_ONLY", "SERVERS_ONLY");
    private static final Pattern HEX16 = Pattern.compile("[0-9A-Fa-f]{16}");
    private static final Pattern COLON = Pattern.compile("[0-9A-Fa-f]{8}:[0-9A-Fa-f]{8}");

    private final Estate estate;
    private final Report report;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> others = new LinkedHashMap<>();
    private final Map<String, Where> firstOther = new LinkedHashMap<>();
    private int aclEntries;

    DxlDocuments(Estate estate) {
        this.estate = estate;
        this.report = estate.report;
    }

    /** Whether {@code note} is a document of the Domino Directory: a Server, Group or Domain document. */
    static boolean isDirectoryDocument(DxlNote note) {
        String form = note.formKey();
        return form.equals("server") || form.equals("group") || form.equals("domain");
    }

    void take(DxlNote note) {
        String form = note.formKey();
        estate.directoryRead |= isDirectoryDocument(note);
        switch (form) {
            case "server" -> count("Server", server(note));
            case "group" -> count("Group", group(note));
            case "domain" -> count("Foreign Domain", domain(note));
            default -> {
                if (note.item("PathName") != null && note.item("ReplicaID") != null && note.item("Server") != null) {
                    count("Cluster Database Directory", replica(note));
                } else {
                    String shown = form.isEmpty() ? "(no form)" : form;
                    others.merge(shown, 1, Integer::sum);
                    firstOther.putIfAbsent(shown, note.where);
                }
            }
        }
    }

    void acl(DxlReader.AclEntry entry, boolean taken) {
        if (!taken) {
            return;
        }
        if (entry.name() == null || entry.name().isBlank()) {
            report.skip(entry.where(), Report.MISSING_ITEM, "expected an ACL entry with a `name`, found none");
            return;
        }
        List<String> roles = new ArrayList<>();
        for (String role : entry.roles()) {
            if (!role.isEmpty()) {
                roles.add(role.startsWith("[") && role.endsWith("]") ? role : "[" + role + "]");
            }
        }
        estate.acl.add(new Estate.AclEntry(entry.name().strip(), roles, entry.where()));
        aclEntries++;
    }

    /** One line on what the export held, after reporting the documents of kinds import does not read. */
    String summary() {
        for (Map.Entry<String, Integer> other : others.entrySet()) {
            int n = other.getValue();
            report.skip(firstOther.get(other.getKey()), Report.UNSUPPORTED, "expected a Server, Group or Domain "
                    + "document or a Cluster Database Directory entry, found " + (n == 1 ? "a document" : n
                    + " documents (the first here)") + " of form `" + other.getKey() + "`");
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + kind + (kind.startsWith("Cluster") ? " entries"
                : n == 1 ? " document" : " documents")));
        if (aclEntries > 0) {
            parts.add("an ACL of " + aclEntries + " entries");
        }
        int skippedDocs = others.values().stream().mapToInt(Integer::intValue).sum();
        if (skippedDocs > 0) {
            parts.add(skippedDocs + (skippedDocs == 1 ? " other document skipped" : " other documents skipped"));
        }
        return "DXL export: " + (parts.isEmpty() ? "nothing import reads" : String.join(", ", parts));
    }

    private void count(String kind, boolean taken) {
        if (taken) {
            counts.merge(kind, 1, Integer::sum);
        }
    }

    private boolean server(DxlNote note) {
        String name = note.text("ServerName");
        if (Estate.nameless(name)) {
            return missing(note, "a Server document", "ServerName");
        }
        Where where = placeOf(note, "ServerName");
        ServerDraft server = estate.server(name, where);
        String cluster = note.text("ClusterName");
        estate.configured(server, ServerDraft.CLUSTER, cluster == null ? "" : cluster,
                cluster == null ? where : placeOf(note, "ClusterName"), Kind.DIRECTORY);
        return true;
    }

    private boolean group(DxlNote note) {
        String name = note.text("ListName");
        if (name == null) {
            return missing(note, "a Group document", "ListName");
        }
        String typeText = note.text("GroupType");
        String type;
        if (typeText == null) {
            type = GROUP_TYPES.get(0);
            report.note(note.where, Report.NOTE, "group `" + name + "` has no `GroupType` item: imported as "
                    + "multi-purpose (type 0), the type the Group form gives a new group");
        } else if (typeText.matches("[0-4]")) {
            type = GROUP_TYPES.get(typeText.charAt(0) - '0');
        } else {
            report.skip(placeOf(note, "GroupType"), Report.UNSUPPORTED, "expected a `GroupType` of 0 to 4 "
                    + "(multi-purpose, mail only, access control list only, deny list only, servers only), found "
                    + TextLines.shown(typeText) + " for group `" + name + "`");
            return false;
        }
        DxlNote.Item members = note.item("Members");
        List<String> names = members == null ? List.of() : members.all();
        List<Where> places = new ArrayList<>();
        names.forEach(n -> places.add(members.where()));
        estate.group(new Estate.Group(name, type, names, placeOf(note, "ListName"), places));
        return true;
    }

    private boolean domain(DxlNote note) {
        String type = note.text("DomainType");
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (!lower.contains("foreign") || lower.contains("smtp") || lower.contains("x.400") || lower.contains("x400")
                || lower.contains("cc:mail")) {
            report.skip(type == null ? note.where : placeOf(note, "DomainType"), Report.UNSUPPORTED,
                    "expected a Foreign Domain document (`DomainType` naming a foreign domain, not SMTP, X.400 or "
                            + "cc:Mail), found " + (type == null ? "no `DomainType`" : "the type " + TextLines.shown(type)));
            return false;
        }
        String domain = note.text("DomainName");
        String gateway = note.text("MailServer");
        if (domain == null || gateway == null) {
            return missing(note, "a Foreign Domain document", domain == null ? "DomainName" : "MailServer");
        }
        if (note.modified == null) {
            return missing(note, "a Foreign Domain document", "modified time in <noteinfo>");
        }
        String modified = DxlDates.instant(note.modified);
        if (modified == null) {
            report.skip(note.modifiedWhere == null ? note.where : note.modifiedWhere, Report.UNSUPPORTED,
                    "expected a DXL date-time with its offset such as `20210610T210450,87+00`, found "
                            + TextLines.shown(note.modified) + " as the modified time of a Foreign Domain document");
            return false;
        }
        List<String> readers = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<String> access = null;
        for (DxlNote.Item item : note.items) {
            if (item.name().equalsIgnoreCase("DocumentAccess")) {
                access = item.all();
            } else if (item.readers()) {
                readers.addAll(item.all());
            } else if (item.authors()) {
                authors.addAll(item.all());
            }
        }
        String handle = note.noteId != null ? note.noteId : note.unid != null ? note.unid
                : String.valueOf(estate.documents.size() + 1);
        estate.document(new Estate.Document(domain + "-" + handle, domain, gateway, note.text("CalendarServer"),
                modified, readers, authors, access, note.where));
        return true;
    }

    private boolean replica(DxlNote note) {
        String server = note.text("Server");
        String path = note.text("PathName");
        String id = note.text("ReplicaID");
        if (server == null || path == null || id == null) {
            return missing(note, "a Cluster Database Directory entry", server == null ? "Server"
                    : path == null ? "PathName" : "ReplicaID");
        }
        String compact = id.replace(" ", "");
        if (!HEX16.matcher(compact).matches() && !COLON.matcher(compact).matches()) {
            report.skip(placeOf(note, "ReplicaID"), Report.UNSUPPORTED, "expected a replica ID of 16 hexadecimal "
                    + "digits such as `C1257F1B00457A2E`, found " + TextLines.shown(id));
            return false;
        }
        compact = compact.replace(":", "").toUpperCase(Locale.ROOT);
        String outOfService = note.text("DatabaseOutOfService");
        if (outOfService != null && !outOfService.equals("0") && !outOfService.equals("1")) {
            report.skip(placeOf(note, "DatabaseOutOfService"), Report.UNSUPPORTED, "expected `DatabaseOutOfService` "
                    + "`1` (out of service) or `0` (in service), found " + TextLines.shown(outOfService));
            return false;
        }
        String delete = note.text("MarkedForDelete");
        boolean pendingDelete = delete != null && !delete.equals("0");
        if (pendingDelete && "1".equals(outOfService)) {
            report.note(placeOf(note, "MarkedForDelete"), Report.NOTE, "`" + path + "` on " + Abbreviated.name(server)
                    + " is marked both Out of Service and Pending Delete: imported as PENDING_DELETE");
        }
        String status = pendingDelete ? "PENDING_DELETE" : "1".equals(outOfService) ? "OUT_OF_SERVICE" : "IN_SERVICE";
        estate.replica(new Estate.Replica(server, path.replace('\\', '/'),
                compact.substring(0, 8) + ":" + compact.substring(8), status, note.where));
        return true;
    }

    private boolean missing(DxlNote note, String what, String item) {
        report.skip(note.where, Report.MISSING_ITEM, "expected " + what + " with a `" + item + "` item, found none");
        return false;
    }

    private static Where placeOf(DxlNote note, String item) {
        DxlNote.Item found = note.item(item);
        return found == null ? note.where : found.where();
    }
}
