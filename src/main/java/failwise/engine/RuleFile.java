package failwise.engine;

import java.util.regex.Pattern;

/** One DRL file of a rule pack: the path shown to users, its path inside the pack, and its text. */
public record RuleFile(String displayPath, String relativePath, String text) {
    /** The header line that marks a file as serving why-not only. */
    public static final String WHY_NOT_ONLY_TAG = "// failwise: why-not only";

    private static final Pattern TAG = Pattern.compile("//\\s*failwise:\\s*why-not only\\s*");

    /**
     * Whether the file serves why-not only: one of the comment lines it starts with (before its first statement)
     * reads {@value #WHY_NOT_ONLY_TAG}. Such a file derives the facts of why-not and no conclusion, so the pack is
     * built without it for every command that shows no why-not.
     */
    public boolean whyNotOnly() {
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!s.startsWith("//")) {
                return false;
            }
            if (TAG.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
