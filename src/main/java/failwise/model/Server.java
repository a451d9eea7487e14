package failwise.model;

import java.util.List;

/**
 * A Domino server of the topology. {@code name} is canonical ({@code CN=Mail1/O=Acme}); NOTES.INI settings
 * are separate {@link IniSetting} facts so each can be cited on its own. {@code tasks} is null when the file
 * does not list the server's tasks (the rules then assume every task runs), and the list as written otherwise.
 */
public record Server(String name, String cluster, String state, int availabilityIndex, int activeUsers,
                     String routerClusterFailover, List<String> tasks, String pointer) implements InputFact {
    public Server {
        tasks = tasks == null ? null : List.copyOf(tasks);
    }
}
