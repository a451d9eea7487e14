package failwise.model;

import java.util.List;

/** A Domino Directory group; each member is also inserted as a {@link GroupMember} fact. */
public record Group(String name, String type, List<String> members, String pointer) implements InputFact {
    public Group {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
