package failwise.whatif;

import failwise.facts.Shown;
import java.util.List;

/**
 * A change that cannot be read or applied; the message is the one line a user sees, with what the user typed
 * escaped so that it stays one line (a change holding a line break or an escape sequence cannot forge output).
 */
public final class ChangeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChangeException(String message) {
        super(Shown.escape(message));
    }

    /** Several problems of one changed copy, a line each. */
    public ChangeException(List<String> lines) {
        super(String.join("\n", lines.stream().map(Shown::escape).toList()));
    }
}
