package failwise.model;

/** Something the rules concluded and the facade reports; ordered by type, then by subject. */
public interface Conclusion {
    /** The conclusion's type as printed, e.g. {@code FailoverDecision}. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** What the conclusion is about, used to order output deterministically. */
    String subject();
}
