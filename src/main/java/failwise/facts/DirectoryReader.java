package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.AclEntry;
import failwise.model.ForeignDomainDocument;
import failwise.model.InputFact;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Domino Directory documents other than groups: the {@code /directoryAcl} entries and the
 * {@code /foreignDomains} documents. Readers, Authors and DocumentAccess entries are stored items, kept as written.
 */
final class DirectoryReader {

    static final List<String> ACL_KEYS = List.of("name", "roles");
    static final List<String> DOMAIN_KEYS = List.of("id", "domain", "gatewayServer", "calendarServer", "modified",
            "readers", "authors", "documentAccess");

    private DirectoryReader() {
    }

    static void readAcl(JsonNode entries, Issues issues, NameIndex names, List<InputFact> out) {
        for (int i = 0; i < entries.size(); i++) {
            Fields f = Fields.open(entries.get(i), Pointers.element("/directoryAcl", i), issues, ACL_KEYS);
            if (f == null) {
                continue;
            }
            String name = f.nonBlank("name", true);
            // An ACL may list people the file does not define, so an unknown flat name is kept as written.
            String resolved = name == null ? null : names.member(name);
            List<String> roles = f.texts("roles");
            for (int r = 0; roles != null && r < roles.size(); r++) {
                String role = roles.get(r);
                if (role.length() < 3 || !role.startsWith("[") || !role.endsWith("]")) {
                    issues.add(Pointers.element(f.at("roles"), r), Issues.UNKNOWN_VALUE,
                            "expected a role in brackets such as `[NetModifier]`, found " + Shown.code(role));
                }
            }
            out.add(new AclEntry(resolved == null && name != null ? name.trim() : resolved, roles, f.pointer()));
        }
    }

    static void readForeignDomains(JsonNode documents, Issues issues, NameIndex names, List<InputFact> out) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Fields f = Fields.open(documents.get(i), Pointers.element("/foreignDomains", i), issues, DOMAIN_KEYS);
            if (f == null) {
                continue;
            }
            String id = f.nonBlank("id", true);
            String earlier = id == null ? null : ids.putIfAbsent(id, f.pointer());
            if (earlier != null) {
                issues.add(f.at("id"), Issues.DUPLICATE_NAME,
                        "expected a unique document id, found " + Shown.code(id) + ", already used by " + earlier);
            }
            // An unknown gateway or calendar server is a finding for the rules, not an input error.
            String gateway = f.nonBlank("gatewayServer", true);
            gateway = gateway == null ? null : names.person(gateway);
            String calendar = f.nonBlank("calendarServer", false);
            out.add(new ForeignDomainDocument(id, f.nonBlank("domain", true), gateway,
                    calendar == null ? gateway : names.person(calendar), instant(f, issues), f.texts("readers"),
                    f.texts("authors"), f.texts("documentAccess"), f.pointer()));
        }
    }

    private static Instant instant(Fields f, Issues issues) {
        String text = f.nonBlank("modified", true);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text.trim()).toInstant();
            } catch (DateTimeParseException notOffset) {
                issues.add(f.at("modified"), Issues.BAD_INSTANT,
                        "expected an ISO-8601 instant such as `2024-05-01T10:00:00Z`, found " + Shown.code(text));
                return null;
            }
        }
    }
}
