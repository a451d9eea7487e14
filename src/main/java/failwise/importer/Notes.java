package failwise.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words an import owes once every input is read: what console states may hide, and the closing summary. */
final class Notes {
    private Notes() {
    }

    /** A note for each server whose console state means less, or more, than the fact file can say. */
    static void add(Estate estate) {
        for (Map.Entry<String, Sourced<String>> shown : estate.shown.entrySet()) {
            ServerDraft server = estate.servers.get(shown.getKey());
            String name = Abbreviated.name(server.canonical);
            Where where = shown.getValue().where();
            switch (shown.getValue().value()) {
                case "UNREACHABLE" -> {
                    if ("UNREACHABLE".equals(server.value(ServerDraft.STATE))) {
                        estate.report.note(where, Report.NOTE, name + " is imported UNREACHABLE, as the console shows "
                                + "it; a server that is down looks the same there, so set its `state` to DOWN if it "
                                + "is not running");
                    }
                }
                case "BUSY" -> {
                    if (server.value(ServerDraft.INDEX) == null) {
                        estate.report.note(where, Report.NOTE, name + " is shown BUSY but no input gives its "
                                + "availability index, so it is imported without one (100); add the output of "
                                + "`show stat Server.*` on it");
                    }
                }
                case "MAXUSERS" -> {
                    if (server.value(ServerDraft.USERS) == null
                            || !server.settings.containsKey("SERVER_MAXUSERS")) {
                        estate.report.note(where, Report.NOTE, name + " is shown MAXUSERS; the fact file shows "
                                + "that only through its `activeUsers` (`show stat Server.Users`) and its "
                                + "`Server_MaxUsers` (NOTES.INI), and at least one of them is missing");
                    }
                }
                default -> {
                    // AVAILABLE and RESTRICTED say all they mean in the fact file
                }
            }
        }
    }

    /** The last line: how much was imported and how much was skipped or unreadable. */
    static String summary(JsonNode root, Estate estate, Report report) {
        JsonNode servers = root.path("servers");
        Set<String> clusters = new HashSet<>();
        servers.forEach(s -> {
            if (s.has("cluster")) {
                clusters.add(s.get("cluster").asText().toLowerCase(Locale.ROOT));
            }
        });
        StringBuilder out = new StringBuilder("imported ");
        out.append(count(servers.size(), "server")).append(" in ").append(count(clusters.size(), "cluster"))
                .append(", ").append(count(root.path("replicas").size(), "replica"))
                .append(", ").append(count(root.path("groups").size(), "group"))
                .append(", ").append(count(root.path("foreignDomains").size(), "Foreign Domain document"))
                .append(", ").append(count(root.path("directoryAcl").size(), "ACL entry", "ACL entries"))
                .append(", ").append(count(root.path("requests").size(), "request"))
                .append(", ").append(count(root.path("expect").size(), "expectation"));
        out.append("; skipped ").append(report.skipped()).append(report.skipped() == 0 ? "" : " (each on its line above)");
        if (report.unreadable() > 0) {
            out.append("; ").append(count(report.unreadable(), "problem")).append(" that stop an input or the result");
        }
        if (estate.directoryRead) {
            out.append(". A DXL export holds only the documents the exporting ID can read: a document whose Readers "
                    + "fields leave that ID out is missing, not absent");
        }
        return out.toString();
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d ", n) + (n == 1 ? one : many);
    }
}
