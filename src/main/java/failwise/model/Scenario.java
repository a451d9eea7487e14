package failwise.model;

/**
 * The fact file as a whole: its title and which optional sections were given, so rules can apply
 * Domino's defaults (for instance the default Directory ACL) when a section is absent.
 */
public record Scenario(String name, String description, boolean directoryAclGiven, String pointer)
        implements InputFact {
}
