package failwise.cli;

import failwise.verify.CaseResult;
import java.util.List;

/** The exit codes of the command-line contract, and the one a run earns, computed from its results. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int EXPECTATION_FAILED = 1;
    public static final int USAGE = 2;
    public static final int RULES = 3;
    public static final int BAD_INPUT = 4;
    /** Not in the contract: a failwise bug. Chosen from sysexits.h (EX_SOFTWARE) so it collides with none. */
    public static final int INTERNAL = 70;

    /** The exit-code list of every command's help ({@code key:description}, as picocli's exitCodeList wants). */
    static final String HEADING = "%nExit codes:%n";
    static final String HELP_OK = "0:everything evaluated, every expectation met";
    static final String HELP_FAILED = "1:at least one expectation failed";
    static final String HELP_USAGE = "2:usage error (an unknown option, a missing argument, an unknown request id)";
    static final String HELP_RULES = "3:the rules do not compile, or on some file a rule failed or ran away (kept "
            + "firing up to the firing limit; the rule is named)";
    static final String HELP_INPUT = "4:a fact file could not be read, is invalid or does not fit in the heap "
            + "(the others are still evaluated)";
    static final String HELP_INTERNAL = INTERNAL + ":a failwise bug (the message asks for a report with the command "
            + "and files that caused it)";

    private ExitCodes() {
    }

    /**
     * The graver of two codes, the one way codes are combined: a failwise bug, then rules (nothing can be trusted),
     * then input, then a usage mistake on one file (a change that does not apply to it), then expectations, then OK.
     */
    public static int worst(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case OK -> 0;
            case EXPECTATION_FAILED -> 1;
            case USAGE -> 2;
            case BAD_INPUT -> 3;
            case RULES -> 4;
            default -> 5;
        };
    }

    /** The code one file earns: a rule failure, an unreadable or invalid file, a failed expectation, or OK. */
    public static int of(CaseResult result) {
        if (result.ruleFailure() != null) {
            return RULES;
        }
        if (!result.problems().isEmpty() || result.evaluation() == null) {
            return BAD_INPUT;
        }
        return result.failed().isEmpty() ? OK : EXPECTATION_FAILED;
    }

    /** The graver of the codes the files earn. */
    public static int of(List<CaseResult> results) {
        return results.stream().mapToInt(ExitCodes::of).reduce(OK, ExitCodes::worst);
    }
}
