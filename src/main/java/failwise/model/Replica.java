package failwise.model;

/** A Cluster Database Directory entry: a replica of a database on a server, with its service mark. */
public record Replica(String server, String path, String replicaId, String status, String pointer)
        implements InputFact {
}
