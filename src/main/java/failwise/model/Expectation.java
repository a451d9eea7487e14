package failwise.model;

import java.util.Map;

/**
 * One entry of a fact file's {@code expect} block: the fields a conclusion must have (subset match),
 * or, when {@code absent}, the fields no conclusion may have.
 */
public record Expectation(Map<String, Object> fields, boolean absent, String pointer) {
    public Expectation {
        fields = Map.copyOf(fields);
    }
}
