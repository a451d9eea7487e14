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
     * One failure scenario: the failures it combines (one, or two at depth 2) and the outcomes that change under
     * it, ordered by type, then subject.
     */
    public record Impact(List<Failure> failures, List<OutcomeChange> changes) {
        public Impact {
            failures = List.copyOf(failures);
            changes = List.copyOf(changes);
        }

        /** The failed servers (or replicas), names as the fact file writes them, in the order of the failures. */
        public List<String> downServers() {
            return failures.stream().map(Failure::target).toList();
        }

        /** How many outcomes get worse (a success becomes a failover or a failure, a failover a failure). */
        public int worse() {
            return (int) changes.stream().filter(OutcomeChange::worse).count();
        }
    }

    /**
     * One failure: a server (name as the fact file writes it) or a replica ({@code path on server}) and the
     * {@link FailureMode#label()} it fails in ({@code down}, {@code busy}, ..., {@code out of service}).
     */
    public record Failure(String target, String mode) {
        /** A server down, the failure of a sweep without {@code --fail}. */
        public static Failure down(String server) {
            return new Failure(server, FailureMode.DOWN.label());
        }

        @Override
        public String toString() {
            return target + " " + mode;
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
