package failwise.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes the topology part of a generated file: servers with NOTES.INI, replicas, groups, ACL, documents. */
final class TopologyWriter {
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<String> SERVER_ROLES = List.of("[GroupCreator]", "[GroupModifier]", "[NetCreator]",
            "[NetModifier]", "[PolicyReader]", "[ServerCreator]", "[ServerModifier]", "[UserCreator]", "[UserModifier]");

    private final Topology t;
    private final SplittableRandom random;

    TopologyWriter(Topology t, SplittableRandom random) {
        this.t = t;
        this.random = random;
    }

    void write(JsonText json) {
        servers(json);
        replicas(json);
        groups(json);
        if (t.chance(0.3)) {
            acl(json);
        }
        documents(json);
    }

    private void servers(JsonText json) {
        json.array("servers");
        for (int i = 0; i < t.servers.size(); i++) {
            json.element().field("name", t.servers.get(i)).field("cluster", t.clusterOf.get(i));
            double state = random.nextDouble();
            if (state >= 0.85) {
                json.field("state", state < 0.93 ? "DOWN" : "UNREACHABLE");
            }
            json.field("availabilityIndex", random.nextInt(101)).field("activeUsers", random.nextInt(600));
            double router = random.nextDouble();
            if (router < 0.25) {
                json.field("routerClusterFailover", router < 0.1 ? "DISABLED" : "ALL_TRANSFERS");
            }
            ini(json);
            // Most estates list no tasks (every task a behaviour needs runs); some servers list theirs, mail and
            // coexistence servers with the calendar connector, web servers with the Internet Cluster Manager.
            double tasks = random.nextDouble();
            if (tasks < 0.4) {
                json.field("tasks", tasks < 0.3 ? List.of("router", "calconn", "http") : List.of("router", "http", "icm"));
            }
            json.endElement();
        }
        json.endArray();
    }

    private void ini(JsonText json) {
        boolean threshold = t.chance(0.35);
        boolean maxUsers = t.chance(0.15);
        boolean restricted = t.chance(0.05);
        boolean mailFailover = t.chance(0.04);
        if (!(threshold || maxUsers || restricted || mailFailover)) {
            return;
        }
        json.object("notesIni");
        if (threshold) {
            json.field("Server_Availability_Threshold", 5 + random.nextInt(56));
        }
        if (maxUsers) {
            json.field("Server_MaxUsers", 100 + random.nextInt(601));
        }
        if (restricted) {
            json.field("Server_Restricted", 1 + random.nextInt(4));
        }
        if (mailFailover) {
            json.field("MailClusterFailover", 0);
        }
        json.endObject();
    }

    private void replicas(JsonText json) {
        json.array("replicas");
        for (Topology.Database d : t.databases) {
            for (int server : d.servers()) {
                json.element().field("server", t.servers.get(server)).field("path", d.path())
                        .field("replicaId", d.replicaId());
                double mark = random.nextDouble();
                if (mark < 0.1) {
                    json.field("status", mark < 0.05 ? "OUT_OF_SERVICE" : "PENDING_DELETE");
                }
                json.endElement();
            }
        }
        json.endArray();
    }

    /** A group per cluster (mostly multi-purpose), administrators, and AllMail nesting a few cluster groups. */
    private void groups(JsonText json) {
        json.array("groups");
        List<String> clusterGroups = new ArrayList<>();
        for (List<Integer> cluster : t.clusters) {
            String name = t.clusterOf.get(cluster.get(0));
            if (name == null) {
                continue;
            }
            double kind = random.nextDouble();
            String type = kind < 0.8 ? "MULTI_PURPOSE" : kind < 0.9 ? "ACL_ONLY" : kind < 0.95 ? "SERVERS_ONLY" : "MAIL_ONLY";
            List<String> members = cluster.stream().map(t.servers::get).toList();
            json.element().field("name", name + "Servers").field("type", type).field("members", members).endElement();
            clusterGroups.add(name + "Servers");
        }
        json.element().field("name", "DomAdmins").field("members", List.of("Ann Admin/Acme", "Bob Admin/Acme"))
                .endElement();
        List<String> all = new ArrayList<>(clusterGroups.subList(0, Math.min(4, clusterGroups.size())));
        all.add("*/OU=Edge/O=Acme");
        json.element().field("name", "AllMail").field("members", all).endElement();
        json.endArray();
    }

    private void acl(JsonText json) {
        json.array("directoryAcl");
        json.element().field("name", "LocalDomainServers").field("roles", SERVER_ROLES).endElement();
        json.element().field("name", "DomAdmins").field("roles", List.of("[UserModifier]")).endElement();
        if (!t.documents.isEmpty()) {
            int gateway = t.documents.get(0).gateway();
            json.element().field("name", t.canonical(gateway)).field("roles", List.of("[NetModifier]")).endElement();
        }
        json.endArray();
    }

    /** Some documents carry the Readers fix, some still DocumentAccess, some an abbreviated name; ties happen. */
    private void documents(JsonText json) {
        json.array("foreignDomains");
        long seconds = 0;
        for (Topology.Document d : t.documents) {
            json.element().field("id", d.id()).field("domain", d.domain()).field("gatewayServer", t.servers.get(d.gateway()));
            if (t.chance(0.3)) {
                json.field("calendarServer", t.servers.get(t.anyServer()));
            }
            seconds = t.chance(0.1) ? seconds : random.nextLong(365L * 24 * 3600);
            json.field("modified", EPOCH.plusSeconds(seconds).toString());
            if (t.chance(0.5)) {
                List<String> readers = new ArrayList<>(List.of("AllMail", "DomAdmins", t.canonical(d.gateway())));
                if (t.chance(0.1)) {
                    readers.add(t.servers.get(t.anyServer()));
                }
                json.field("readers", readers);
            }
            if (t.chance(0.15)) {
                json.field("authors", List.of("DomAdmins"));
            }
            if (t.chance(0.3)) {
                json.field("documentAccess", List.of("[NetModifier]"));
            }
            json.endElement();
        }
        json.endArray();
    }
}
