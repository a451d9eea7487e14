package failwise.report;

import failwise.model.Conclusion;
import java.util.List;
import java.util.Map;

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

    /** The reasoning behind a conclusion in the order it builds up, one sentence a step, as explain numbers it. */
    List<String> inShort(Conclusion conclusion);

    /** The documentation behind the behaviours a conclusion rests on: behaviour id to reference, in id order. */
    Map<String, String> documentedIn(Conclusion conclusion);
}
