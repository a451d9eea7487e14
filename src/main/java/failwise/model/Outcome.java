package failwise.model;

import java.util.Locale;

/**
 * The outcome words of the conclusions contract ({@code FailoverDecision}, {@code MailRoute},
 * {@code FreeBusyLookup}): how good each is for the user and whether it calls for a why-not. The one definition
 * sweep, report, why-not and text output use; an outcome word not listed here (a type a rule pack added) and no
 * outcome at all count as bad and call for a why-not.
 */
public enum Outcome {
    /** The original server serves the request. */
    SERVED(Verdict.GOOD, true),
    /** Another replica's server serves it. */
    FAILOVER(Verdict.DEGRADED, false),
    /** Nobody serves it, or the lookup fails. */
    FAILS(Verdict.BAD, true),
    /** Mail handed to a coexistence server. */
    DELIVERED(Verdict.GOOD, false),
    /** Mail stays in MAIL.BOX. */
    HELD(Verdict.BAD, true),
    /** The free/busy lookup is answered. */
    SUCCEEDS(Verdict.GOOD, false);

    /** How an outcome stands for the user, best first. */
    public enum Verdict { GOOD, DEGRADED, BAD }

    private final Verdict verdict;
    private final boolean whyNot;

    Outcome(Verdict verdict, boolean whyNot) {
        this.verdict = verdict;
        this.whyNot = whyNot;
    }

    /** The verdict of an outcome word; null or an unknown word is {@link Verdict#BAD}. */
    public static Verdict verdict(String outcome) {
        Outcome known = of(outcome);
        return known == null ? Verdict.BAD : known.verdict;
    }

    /**
     * Whether explain shows a why-not for the outcome unless asked: not for the best failover or a wanted
     * success, but for SERVED (the contract asks why a decision did not fail over), a failure, and anything unknown.
     */
    public static boolean needsWhyNot(String outcome) {
        Outcome known = of(outcome);
        return known == null || known.whyNot;
    }

    /** The outcome a word names, or null. */
    public static Outcome of(String outcome) {
        if (outcome == null) {
            return null;
        }
        try {
            return valueOf(outcome.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
