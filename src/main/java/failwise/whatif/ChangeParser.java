package failwise.whatif;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import failwise.whatif.Change.Kind;
import failwise.whatif.Change.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the change language of {@link Change}; every mistake is one line naming the change, what was expected
 * and what was found. Knows the fields of each kind of fact (the input contract), nothing about Domino.
 */
public final class ChangeParser {
    // Trailing tokens fail, so 2024-03-02T09:00:00Z is text rather than the number 2024.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    // The entity is taken as short as possible, so names holding '=' or '.' (CN=Mail1/O=Acme) still parse.
    private static final Pattern NAMED = Pattern.compile(
            "(?<entity>.+?)\\.(?<field>[A-Za-z][A-Za-z0-9_]*)(?:\\.(?<key>[^\\s=+!-][^\\s=]*?))?(?<op>\\+=|-=|=)(?<value>.*)",
            Pattern.DOTALL);
    private static final Pattern NAMED_TARGET = Pattern.compile(
            "(?<entity>.+?)\\.(?<field>[A-Za-z][A-Za-z0-9_]*)(?:\\.(?<key>[^\\s=]+))?");
    private static final Pattern POINTER = Pattern.compile("(?<pointer>/[^=]*?)(?<op>(?<!/)\\+=|(?<!/)-=|=)(?<value>.*)",
            Pattern.DOTALL);
    private static final String FORMS = "SERVER.FIELD, SERVER.notesIni.KEY, replica:DATABASE@SERVER.FIELD, "
            + "fd:ID.FIELD, request:ID.FIELD, group:NAME.FIELD or /json/pointer";
    private static final Map<Kind, List<String>> FIELDS = Map.of(
            Kind.SERVER, List.of("state", "availabilityIndex", "activeUsers", "cluster", "routerClusterFailover",
                    "tasks", "notesIni"),
            Kind.REPLICA, List.of("status", "path", "replicaId"),
            Kind.FOREIGN_DOMAIN, List.of("readers", "authors", "documentAccess", "gatewayServer", "calendarServer",
                    "modified", "domain"),
            Kind.REQUEST, List.of("action", "server", "database", "user", "userIsAdmin", "databaseAlreadyOpen",
                    "from", "lastHop", "templateServer", "foreignDomain"),
            Kind.GROUP, List.of("members", "type"));
    private static final List<String> LISTS = List.of("tasks", "readers", "authors", "documentAccess", "members");
    private static final Map<Kind, String> NOUNS = Map.of(Kind.SERVER, "a server field", Kind.REPLICA,
            "a replica field", Kind.FOREIGN_DOMAIN, "a Foreign Domain document field", Kind.REQUEST,
            "a request field", Kind.GROUP, "a group field");

    /** Reads every change, stopping at the first that is wrong. */
    public List<Change> parseAll(List<String> texts) throws ChangeException {
        List<Change> out = new ArrayList<>();
        for (String t : texts) {
            out.add(parse(t));
        }
        return out;
    }

    /** Reads one change. */
    public Change parse(String text) throws ChangeException {
        String t = text == null ? "" : text.strip();
        boolean delete = t.startsWith("!");
        String body = delete ? t.substring(1).strip() : t;
        if (body.startsWith("/")) {
            return pointer(text, body, delete);
        }
        Kind kind = Kind.SERVER;
        for (Map.Entry<String, Kind> prefix : List.of(Map.entry("fd:", Kind.FOREIGN_DOMAIN),
                Map.entry("request:", Kind.REQUEST), Map.entry("group:", Kind.GROUP),
                Map.entry("replica:", Kind.REPLICA))) {
            if (body.startsWith(prefix.getKey())) {
                kind = prefix.getValue();
                body = body.substring(prefix.getKey().length());
            }
        }
        if (kind == Kind.REPLICA && body.indexOf('@') <= 0) {
            throw fail(text, "expected replica:DATABASE@SERVER.FIELD, found `" + t + "`");
        }
        Matcher m = (delete ? NAMED_TARGET : NAMED).matcher(body);
        if (!m.matches()) {
            String what = delete ? "!TARGET with TARGET one of " : "TARGET=VALUE with TARGET one of ";
            throw fail(text, "expected " + what + FORMS + ", found `" + t + "`");
        }
        String entity = m.group("entity").strip();
        String field = m.group("field");
        String key = m.group("key");
        if (!FIELDS.get(kind).contains(field)) {
            throw fail(text, "expected " + NOUNS.get(kind) + " (" + String.join(", ", FIELDS.get(kind)) + ") after `"
                    + entity + "`, found `" + field + "`");
        }
        if ("notesIni".equals(field) != (key != null)) {
            throw fail(text, key == null ? "expected notesIni.KEY naming one NOTES.INI setting, found `notesIni`"
                    : "expected nothing after `" + field + "`, found `." + key + "`");
        }
        if (delete) {
            return new Change(t, kind, entity, field, key, Op.DELETE, null);
        }
        Op op = op(text, m.group("op"), LISTS.contains(field), field);
        String raw = m.group("value").strip();
        if (raw.isEmpty() && op == Op.SET) {
            return new Change(t, kind, entity, field, key, Op.DELETE, null);
        }
        return new Change(t, kind, entity, field, key, op, value(text, raw));
    }

    private Change pointer(String text, String body, boolean delete) throws ChangeException {
        String t = text.strip();
        if (delete) {
            return new Change(t, Kind.POINTER, body, null, null, Op.DELETE, null);
        }
        Matcher m = POINTER.matcher(body);
        if (!m.matches()) {
            throw fail(text, "expected /json/pointer=VALUE, found `" + t + "`");
        }
        Op op = op(text, m.group("op"), true, m.group("pointer"));
        String raw = m.group("value").strip();
        if (raw.isEmpty() && op == Op.SET) {
            return new Change(t, Kind.POINTER, m.group("pointer"), null, null, Op.DELETE, null);
        }
        return new Change(t, Kind.POINTER, m.group("pointer"), null, null, op, value(text, raw));
    }

    private static Op op(String text, String op, boolean list, String field) throws ChangeException {
        if (op.equals("=")) {
            return Op.SET;
        }
        if (!list) {
            throw fail(text, "expected `=` for `" + field + "` (`+=` and `-=` edit lists), found `" + op + "`");
        }
        return op.equals("+=") ? Op.ADD : Op.REMOVE_ITEM;
    }

    /** JSON when it reads as JSON; a bracketed list of bare words; else the text itself. */
    private static JsonNode value(String text, String raw) throws ChangeException {
        if (raw.isEmpty()) {
            throw fail(text, "expected a value after the operator, found nothing");
        }
        char first = raw.charAt(0);
        try {
            JsonNode node = JSON.readTree(raw);
            if (node != null && !node.isMissingNode()) {
                return node;
            }
        } catch (Exception notJson) {
            if (first == '{' || first == '"') {
                throw fail(text, "expected a JSON " + (first == '{' ? "object" : "string") + ", found `" + raw + "`");
            }
        }
        if (first == '[') {
            if (!raw.endsWith("]")) {
                throw fail(text, "expected a list ending in `]`, found `" + raw + "`");
            }
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            String inner = raw.substring(1, raw.length() - 1).strip();
            for (String item : inner.isEmpty() ? new String[0] : inner.split(",")) {
                String s = item.strip();
                if (s.isEmpty()) {
                    throw fail(text, "expected a list item between commas, found nothing in `" + raw + "`");
                }
                list.add(s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s);
            }
            return list;
        }
        return JsonNodeFactory.instance.textNode(raw);
    }

    private static ChangeException fail(String text, String message) {
        return new ChangeException("--set '" + text + "': " + message);
    }
}
