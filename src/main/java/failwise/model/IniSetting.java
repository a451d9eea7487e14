package failwise.model;

/**
 * One NOTES.INI line of a server. {@code key} is the setting name upper-cased (NOTES.INI names are
 * case-insensitive); {@code number} is the value as an integer, or null when it is not one.
 */
public record IniSetting(String server, String name, String key, String value, Integer number, String pointer)
        implements InputFact {
}
