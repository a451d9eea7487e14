package failwise.report;

import java.util.List;

/**
 * The topology of one fact file as the report lists it: servers (in cluster order), Cluster Database Directory
 * entries, Foreign Domain documents, groups and the Directory ACL, every name as the file wrote it.
 */
public record Topology(List<ServerRow> servers, List<ReplicaRow> replicas, List<DocumentRow> documents,
                       List<GroupRow> groups, List<AclRow> acl) {

    /** A server; {@code cluster} is null when it is in none; {@code notesIni} as {@code Name=value}. */
    public record ServerRow(String name, String cluster, String state, int availabilityIndex, int activeUsers,
                            List<String> notesIni, String routerClusterFailover, List<String> tasks) {
    }

    /** A replica of a database on a server, with its Cluster Database Directory mark. */
    public record ReplicaRow(String path, String replicaId, String server, String status) {
    }

    /** A Foreign Domain document; {@code documentAccess} is null when the item is absent. */
    public record DocumentRow(String id, String domain, String gatewayServer, String calendarServer,
                              String modified, List<String> readers, List<String> authors,
                              List<String> documentAccess) {
    }

    /** A Domino Directory group. */
    public record GroupRow(String name, String type, List<String> members) {
    }

    /** A Directory ACL entry and the roles it holds. */
    public record AclRow(String name, List<String> roles) {
    }
}
