package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.InputFact;
import failwise.model.Request;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code /requests}. Actions are not checked against a list: which actions exist is rule knowledge, and an
 * action no rule knows becomes a finding, not a load error.
 */
final class RequestReader {

    static final List<String> KEYS = List.of("id", "action", "server", "database", "user", "userIsAdmin",
            "databaseAlreadyOpen", "from", "lastHop", "templateServer", "foreignDomain");

    private RequestReader() {
    }

    static void read(JsonNode requests, Issues issues, NameIndex names, List<InputFact> out) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            Fields f = Fields.open(requests.get(i), Pointers.element("/requests", i), issues, KEYS);
            if (f == null) {
                continue;
            }
            String id = f.nonBlank("id", true);
            String earlier = id == null ? null : ids.putIfAbsent(id, f.pointer());
            if (earlier != null) {
                issues.add(f.at("id"), Issues.DUPLICATE_NAME,
                        "expected a unique request id, found " + Shown.code(id) + ", already used by " + earlier);
            }
            String user = f.nonBlank("user", false);
            out.add(new Request(id, f.nonBlank("action", true), names.serverReference(f, "server", false, issues),
                    f.text("database", false), user == null ? null : names.person(user),
                    f.bool("userIsAdmin", false), f.bool("databaseAlreadyOpen", false),
                    names.serverReference(f, "from", false, issues), f.bool("lastHop", true),
                    names.serverReference(f, "templateServer", false, issues), f.text("foreignDomain", false),
                    f.pointer()));
        }
    }
}
