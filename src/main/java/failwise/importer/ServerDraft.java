package failwise.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One server as the inputs describe it so far, under its canonical name: each field with the input it came from,
 * and its NOTES.INI settings by upper-cased name (NOTES.INI ignores case).
 */
final class ServerDraft {
    static final String CLUSTER = "cluster";
    static final String STATE = "state";
    static final String INDEX = "availabilityIndex";
    static final String USERS = "activeUsers";
    static final String TASKS = "tasks";

    /** A NOTES.INI setting: its name as first written, and its value. */
    record Setting(String name, Sourced<String> value) {
    }

    final String canonical;
    final Where firstSeen;
    final Map<String, Sourced<Object>> fields = new LinkedHashMap<>();
    final Map<String, Setting> settings = new LinkedHashMap<>();

    ServerDraft(String canonical, Where firstSeen) {
        this.canonical = canonical;
        this.firstSeen = firstSeen;
    }

    Object value(String field) {
        Sourced<Object> sourced = fields.get(field);
        return sourced == null ? null : sourced.value();
    }
}
