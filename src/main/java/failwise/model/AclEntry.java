package failwise.model;

import java.util.List;

/** An entry of the Domino Directory ACL and the roles it holds. */
public record AclEntry(String name, List<String> roles, String pointer) implements InputFact {
    public AclEntry {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
