package failwise.report;

import java.util.List;

/**
 * The failure sweep of one file as the report shows it: how deep it went (1: each server down alone, 2: also
 * each pair), how many failures were evaluated, the rows of the failures that change an outcome (most harmful
 * first), or the one-line {@code error} that stopped the sweep (null when it ran).
 */
public record Impacts(int depth, int scenarios, int failuresWithImpact, List<ImpactRow> rows, String error) {
    public Impacts {
        rows = List.copyOf(rows);
    }

    /** A sweep that could not run, with the line saying why. */
    public static Impacts failed(int depth, String error) {
        return new Impacts(depth, 0, 0, List.of(), error);
    }
}
