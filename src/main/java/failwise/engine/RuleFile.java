package failwise.engine;

/** One DRL file of a rule pack: the path shown to users, its path inside the pack, and its text. */
public record RuleFile(String displayPath, String relativePath, String text) {
}
