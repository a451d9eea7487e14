package failwise.model;

import java.util.List;

/**
 * A Domino server of the topology. {@code name} is canonical ({@code CN=Mail1/O=Acme}); NOTES.INI settings
 * are separate {@link IniSetting} facts so each can be cited on its own.
 */
public record Server(String name, String cluster, String state, int availabilityIndex, int activeUsers,
                     String routerClusterFailover, List<String> tasks, String pointer) implements InputFact {
    public Server {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
