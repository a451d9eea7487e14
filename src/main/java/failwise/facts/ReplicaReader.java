package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.InputFact;
import failwise.model.Replica;
import java.util.List;

/** Reads {@code /replicas}, the Cluster Database Directory entries, checking each names a server of the file. */
final class ReplicaReader {

    static final List<String> KEYS = List.of("server", "path", "replicaId", "status");
    static final List<String> STATUSES = List.of("IN_SERVICE", "OUT_OF_SERVICE", "PENDING_DELETE");

    private ReplicaReader() {
    }

    static void read(JsonNode replicas, Issues issues, NameIndex names, List<InputFact> out) {
        for (int i = 0; i < replicas.size(); i++) {
            Fields f = Fields.open(replicas.get(i), Pointers.element("/replicas", i), issues, KEYS);
            if (f != null) {
                out.add(new Replica(names.serverReference(f, "server", true, issues), f.nonBlank("path", true),
                        f.nonBlank("replicaId", true), f.choice("status", STATUSES, "IN_SERVICE"), f.pointer()));
            }
        }
    }
}
