package failwise.model;

/** One member entry of a group (a name, a wildcard or another group), canonicalised when it is a name. */
public record GroupMember(String group, String member, String pointer) implements InputFact {
}
