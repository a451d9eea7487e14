package failwise.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a fact file's {@code expect} block: the fields a conclusion must have (subset match),
 * or, when {@code absent}, the fields no conclusion may have. A field may be expected to be null
 * ("servedBy": null means no server serves).
 */
public record Expectation(Map<String, Object> fields, boolean absent, String pointer) {
    public Expectation {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
