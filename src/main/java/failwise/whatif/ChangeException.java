package failwise.whatif;

/** A change that cannot be read or applied; the message is the one line a user sees. */
public final class ChangeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChangeException(String message) {
        super(message);
    }
}
