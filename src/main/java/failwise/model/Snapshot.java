package failwise.model;

import java.util.List;
import java.util.Map;

/**
 * A loaded fact file: the facts to insert, the expectations to check, and the names as they were
 * written (canonical server name to the spelling the file used) for output.
 */
public record Snapshot(String source, List<InputFact> facts, List<Expectation> expectations,
                       Map<String, String> writtenNames) {
    public Snapshot {
        facts = List.copyOf(facts);
        expectations = List.copyOf(expectations);
        writtenNames = Map.copyOf(writtenNames);
    }
}
