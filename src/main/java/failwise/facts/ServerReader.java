package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.IniSetting;
import failwise.model.InputFact;
import failwise.model.Server;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code /servers}: a Server fact and its NOTES.INI settings per entry, registering each server's name. */
final class ServerReader {

    static final List<String> KEYS = List.of("name", "cluster", "state", "availabilityIndex", "activeUsers",
            "notesIni", "routerClusterFailover", "tasks");
    static final List<String> STATES = List.of("UP", "DOWN", "UNREACHABLE");
    static final List<String> ROUTER_FAILOVER = List.of("DISABLED", "LAST_HOP_ONLY", "ALL_TRANSFERS");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");

    private final Issues issues;
    private final NameIndex names;

    ServerReader(Issues issues, NameIndex names) {
        this.issues = issues;
        this.names = names;
    }

    /** Adds the servers' facts to {@code out} and their names as written to {@code written}. */
    void read(JsonNode servers, List<InputFact> out, Map<String, String> written) {
        for (int i = 0; i < servers.size(); i++) {
            Fields f = Fields.open(servers.get(i), Pointers.element("/servers", i), issues, KEYS);
            if (f == null) {
                continue;
            }
            String name = register(f, written);
            out.add(new Server(name, f.text("cluster", false), f.choice("state", STATES, "UP"),
                    f.integer("availabilityIndex", 100, 0, 100, "an integer from 0 to 100"),
                    f.integer("activeUsers", 0, 0, Integer.MAX_VALUE, "an integer from 0 to " + Integer.MAX_VALUE),
                    f.choice("routerClusterFailover", ROUTER_FAILOVER, "LAST_HOP_ONLY"), f.texts("tasks"), f.pointer()));
            readIni(f, name, out);
        }
    }

    private String register(Fields f, Map<String, String> written) {
        String asWritten = f.nonBlank("name", true);
        if (asWritten == null) {
            return null;
        }
        String canonical = Names.canonical(asWritten);
        String earlier = names.addServer(canonical, f.pointer());
        if (earlier != null) {
            issues.add(f.at("name"), Issues.DUPLICATE_NAME, "expected a unique server name, found "
                    + Shown.code(asWritten) + ", already used by " + earlier);
        } else {
            written.put(canonical, asWritten);
        }
        return canonical;
    }

    private void readIni(Fields f, String server, List<InputFact> out) {
        JsonNode ini = f.object("notesIni");
        // NOTES.INI names ignore case, so two spellings of one name would be one setting given twice.
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, JsonNode> setting : ini.properties()) {
            String name = setting.getKey();
            String pointer = Pointers.member(f.at("notesIni"), name);
            String key = name.toUpperCase(Locale.ROOT);
            String earlier = seen.putIfAbsent(key, name);
            JsonNode value = setting.getValue();
            if (earlier != null) {
                issues.addAtKey(pointer, Issues.DUPLICATE_KEY, "expected each NOTES.INI name once, ignoring case, found "
                        + Shown.code(name) + " after " + Shown.code(earlier));
            } else if (!value.isValueNode() || value.isNull()) {
                issues.add(pointer, Issues.WRONG_TYPE, "expected a string, number or boolean, found " + Shown.describe(value));
            } else {
                String text = value.asText();
                out.add(new IniSetting(server, name, key, text, integerOrNull(text), pointer));
            }
        }
    }

    private static Integer integerOrNull(String text) {
        if (!INTEGER.matcher(text).matches()) {
            return null;
        }
        long value = Long.parseLong(text);
        return value == (int) value ? (int) value : null;
    }
}
