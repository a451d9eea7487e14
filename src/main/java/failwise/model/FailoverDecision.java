package failwise.model;

import java.util.List;
import java.util.TreeSet;

/** Who serves a request aimed at a server or database: the original, another replica's server, or nobody. */
public record FailoverDecision(String request, String action, String server, String outcome, String servedBy,
                               List<String> causes, String reason) implements Conclusion {
    public FailoverDecision {
        causes = causes == null ? List.of() : List.copyOf(new TreeSet<>(causes));
    }

    @Override
    public String subject() {
        return request;
    }
}
