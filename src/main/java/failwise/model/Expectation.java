package failwise.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a fact file's {@code expect} block: the fields a conclusion must have (subset match),
 * or, when {@code absent}, the fields no conclusion may have, or, when {@code only}, a scope (such as
 * {@code type: FailoverDecision}) whose every conclusion must be one the other entries list, one entry each.
 * A field may be expected to be null ("servedBy": null means no server serves).
 */
public record Expectation(Map<String, Object> fields, boolean absent, boolean only, String pointer) {

    /** An entry that lists a conclusion: neither {@code absent} nor {@code only}. */
    public boolean lists() {
        return !absent && !only;
    }

    public Expectation {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
