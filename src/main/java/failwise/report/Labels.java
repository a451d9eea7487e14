package failwise.report;

import failwise.model.Conclusion;

/**
 * How conclusions, facts and names read, supplied by the command line so the report says exactly what
 * {@code evaluate} and {@code explain} print for the same evaluation.
 */
public interface Labels {
    /** The one-line headline of a conclusion. */
    String headline(Conclusion conclusion);

    /** The one-line text of a fact (an input fact or an intermediate one). */
    String fact(Object fact);

    /** A value as it reads in a sentence: a server name as the fact file wrote it, a list joined. */
    String name(Object value);
}
