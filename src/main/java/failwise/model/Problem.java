package failwise.model;

/**
 * One thing wrong with an input (a fact file or a rule file), located and rendered on one line:
 * {@code file:line:col: code: /pointer: message}. {@code line}/{@code column} are 1-based, 0 when unknown;
 * {@code pointer} is a JSON pointer for fact files and null for rule files.
 */
public record Problem(String file, int line, int column, String pointer, String code, String message) {

    /** The one line a user sees. */
    public String render() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        out.append(": ").append(code).append(": ");
        if (pointer != null) {
            out.append(pointer.isEmpty() ? "/" : pointer).append(": ");
        }
        return out.append(message).toString();
    }
}
