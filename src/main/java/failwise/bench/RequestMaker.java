package failwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the requests of a generated file: the first 23 cover every action of the catalogue once (in a seeded
 * order), the rest are drawn at random; each action gets the fields the fact-file contract says it uses.
 */
final class RequestMaker {
    /** The catalogue of the fact-file contract; a generated file exercises each of these. */
    static final List<String> ACTIONS = List.of("OPEN_DATABASE", "OPEN_BOOKMARK", "OPEN_LINK", "DOMAIN_SEARCH",
            "ROAMING_FILES", "FORMULA_FILE_OPEN_DATABASE", "LOTUSSCRIPT_OPEN_WITH_FAILOVER",
            "JAVA_DBDIRECTORY_OPEN_DATABASE", "REPLICATE", "SEND_MAIL", "NAME_LOOKUP", "TYPE_AHEAD", "ROUTE_MAIL",
            "MAIL_PREDELIVERY_AGENT", "MEETING_INVITATION", "FREE_TIME_LOOKUP", "SERVER_LOOKUP", "WEB_OPEN_URL_ICON",
            "WEB_URL_HOTSPOT", "WEB_BROWSER_URL", "CREATE_FROM_TEMPLATE", "RUN_AGENT", "ADMIN_PROCESS");
    private static final List<String> SERVICES = List.of("NAME_LOOKUP", "TYPE_AHEAD", "SERVER_LOOKUP", "ADMIN_PROCESS");
    private static final List<String> FOREIGN = List.of("SEND_MAIL", "MEETING_INVITATION", "FREE_TIME_LOOKUP", "ROUTE_MAIL");

    private final Topology t;
    private final SplittableRandom random;

    RequestMaker(Topology t, SplittableRandom random) {
        this.t = t;
        this.random = random;
    }

    void write(JsonText json, int count) {
        List<String> first = new ArrayList<>(ACTIONS);
        t.shuffle(first);
        json.array("requests");
        for (int i = 0; i < count; i++) {
            String action = i < first.size() ? first.get(i) : ACTIONS.get(random.nextInt(ACTIONS.size()));
            json.element().field("id", String.format("r%06d", i + 1)).field("action", action);
            json.field("user", String.format("User%05d/Acme", 1 + random.nextInt(99_999)));
            if (t.chance(0.05)) {
                json.field("userIsAdmin", true);
            }
            fields(json, action);
            json.endElement();
        }
        json.endArray();
    }

    private void fields(JsonText json, String action) {
        if (FOREIGN.contains(action) && !t.domains.isEmpty() && t.chance(0.4)) {
            String domain = t.chance(0.05) ? "Unknown" : t.domains.get(random.nextInt(t.domains.size()));
            json.field("server", name(t.anyServer())).field("foreignDomain", domain);
            return;
        }
        if (SERVICES.contains(action) || t.databases.isEmpty()) {
            json.field("server", name(t.anyServer()));
            return;
        }
        Topology.Database db = t.anyDatabase();
        String database = t.chance(0.2) ? db.replicaId() : db.path();
        if (action.equals("CREATE_FROM_TEMPLATE")) {
            json.field("server", name(t.anyServer())).field("templateServer", name(holder(db))).field("database", database);
            return;
        }
        json.field("server", name(aimedAt(db))).field("database", database);
        if (action.equals("ROUTE_MAIL")) {
            json.field("from", name(t.anyServer()));
            if (t.chance(0.3)) {
                json.field("lastHop", false);
            }
        } else if (action.startsWith("OPEN") && t.chance(0.05)) {
            json.field("databaseAlreadyOpen", true);
        }
    }

    private int holder(Topology.Database db) {
        return db.servers().get(random.nextInt(db.servers().size()));
    }

    /** Usually a server holding the database; now and then a cluster mate that does not, as users' bookmarks do. */
    private int aimedAt(Topology.Database db) {
        int holder = holder(db);
        if (t.chance(0.1) && t.clusterOf.get(holder) != null) {
            List<Integer> cluster = t.clusters.get(t.clusterIndexOf.get(holder));
            return cluster.get(random.nextInt(cluster.size()));
        }
        return holder;
    }

    private String name(int server) {
        return t.servers.get(server);
    }
}
