package failwise.whatif;

import java.util.List;

/**
 * What a failure sweep of one fact file found; a stable shape for reports (text, JSON, HTML).
 *
 * <ul>
 *   <li>{@code source}: the fact file, as named on the command line;</li>
 *   <li>{@code depth}: 1 (each server down alone) or 2 (also each pair of servers down together);</li>
 *   <li>{@code scenarios}: how many failure scenarios were evaluated;</li>
 *   <li>{@code impacts}: the scenarios that change at least one outcome, most harmful first: by
 *       {@link Impact#worse()} descending, then by the names of the servers down. A pair is listed only for the
 *       changes neither of its servers causes alone, and only when there is one.</li>
 * </ul>
 */
public record SweepResult(String source, int depth, int scenarios, List<Impact> impacts) {

    public SweepResult {
        impacts = List.copyOf(impacts);
    }

    /**
     * One failure scenario: the servers taken down (state DOWN, names as the fact file writes them, in file
     * order) and the outcomes that change under it, ordered by type, then subject.
     */
    public record Impact(List<String> downServers, List<OutcomeChange> changes) {
        public Impact {
            downServers = List.copyOf(downServers);
            changes = List.copyOf(changes);
        }

        /** How many outcomes get worse (a success becomes a failover or a failure, a failover a failure). */
        public int worse() {
            return (int) changes.stream().filter(OutcomeChange::worse).count();
        }
    }

    /**
     * One conclusion whose outcome changes: its type ({@code FailoverDecision}, {@code MailRoute},
     * {@code FreeBusyLookup}), its subject (the request id), and the outcome before and after; an outcome is null
     * when the scenario leaves no such conclusion.
     */
    public record OutcomeChange(String type, String subject, String before, String after) {
        /** Whether the change is for the worse. */
        public boolean worse() {
            return Outcomes.worse(before, after);
        }
    }
}
