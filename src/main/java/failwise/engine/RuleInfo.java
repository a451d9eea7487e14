package failwise.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a rule tells about itself: its sentence name, the sentence template it explains its conclusion with
 * ({@code @says}), the behaviour id it implements ({@code @behaviour}), its documentation reference
 * ({@code @doc}) and where it is written.
 */
public record RuleInfo(String name, String says, String behaviour, String doc, String file, int line,
                       Map<String, String> metadata, List<String> templateVariables) {

    /**
     * A placeholder of an {@code @says} sentence: {@code {$var}} or {@code {$var.field.field}}; group 1 is the
     * variable with its {@code $}, group 2 the fields.
     */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$\\w+)((?:\\.\\w+)*)}");

    /** {@code file:line}, the place a consultant opens to change the rule. */
    public String location() {
        return file + ":" + line;
    }
}
