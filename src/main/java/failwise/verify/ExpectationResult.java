package failwise.verify;

import failwise.model.Conclusion;
import failwise.model.Expectation;
import java.util.List;

/**
 * Whether one expectation of a fact file was met; for a failure, the conclusions worth showing beside it: the
 * nearest candidates for an expected conclusion, or the offending matches for an {@code absent} one.
 */
public record ExpectationResult(Expectation expectation, boolean met, List<Conclusion> closest) {
    public ExpectationResult {
        closest = List.copyOf(closest);
    }
}
