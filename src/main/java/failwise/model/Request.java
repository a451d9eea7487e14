package failwise.model;

/** One attempt to do something against the topology; which fields matter depends on the action. */
public record Request(String id, String action, String server, String database, String user,
                      boolean userIsAdmin, boolean databaseAlreadyOpen, String from, boolean lastHop,
                      String templateServer, String foreignDomain, String pointer) implements InputFact {
}
