package failwise.cli;

import failwise.explain.About;
import failwise.model.Conclusion;
import java.util.List;
import java.util.Set;

/**
 * Which conclusions {@code evaluate} prints: those about the requests named by {@code --request} and of the types
 * named by {@code --type} (each list empty for all). Expectations are checked on every conclusion all the same.
 */
record Focus(Set<String> requests, Set<String> types) {
    static final Focus ALL = new Focus(Set.of(), Set.of());

    Focus(List<String> requests, List<String> types) {
        this(Set.copyOf(requests), Set.copyOf(types));
    }

    /** Whether a filter was given at all. */
    boolean narrowed() {
        return !requests.isEmpty() || !types.isEmpty();
    }

    /** The conclusions to print, in their order. */
    List<Conclusion> of(List<Conclusion> conclusions, Set<String> requestIds) {
        return conclusions.stream()
                .filter(c -> types.isEmpty() || types.contains(c.type()))
                .filter(c -> requests.isEmpty() || about(c, requestIds))
                .toList();
    }

    /** Whether a conclusion is about a named request; a topology conclusion is about none. */
    private boolean about(Conclusion c, Set<String> requestIds) {
        String request = About.request(c, requestIds);
        return request != null && requests.contains(request);
    }
}
