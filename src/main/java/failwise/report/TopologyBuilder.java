package failwise.report;

import failwise.explain.Explanations;
import failwise.model.AclEntry;
import failwise.model.ForeignDomainDocument;
import failwise.model.Group;
import failwise.model.IniSetting;
import failwise.model.InputFact;
import failwise.model.Replica;
import failwise.model.Server;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@link Topology} section of a report from the facts of a loaded file. */
final class TopologyBuilder {
    private final Explanations labels;

    TopologyBuilder(Explanations labels) {
        this.labels = labels;
    }

    Topology of(Snapshot snapshot) {
        List<Server> servers = new ArrayList<>();
        Map<String, List<String>> ini = new LinkedHashMap<>();
        List<Topology.ReplicaRow> replicas = new ArrayList<>();
        List<Topology.DocumentRow> documents = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Topology.AclRow> acl = new ArrayList<>();
        for (InputFact fact : snapshot.facts()) {
            if (fact instanceof Server s) {
                servers.add(s);
            } else if (fact instanceof IniSetting i) {
                ini.computeIfAbsent(i.server(), k -> new ArrayList<>()).add(i.name() + "=" + i.value());
            } else if (fact instanceof Replica r) {
                replicas.add(new Topology.ReplicaRow(r.path(), r.replicaId(), labels.name(r.server()), r.status()));
            } else if (fact instanceof ForeignDomainDocument d) {
                documents.add(document(d));
            } else if (fact instanceof Group g) {
                groups.put(g.name(), g);
            } else if (fact instanceof AclEntry a) {
                acl.add(new Topology.AclRow(labels.name(a.name()), a.roles()));
            }
        }
        // Clustered servers first, cluster by cluster; the file's order within a cluster.
        List<Server> ordered = new ArrayList<>(servers);
        ordered.sort(Comparator.comparing((Server s) -> s.cluster() == null)
                .thenComparing(s -> s.cluster() == null ? "" : s.cluster()));
        List<Topology.ServerRow> rows = ordered.stream().map(s -> new Topology.ServerRow(labels.name(s.name()),
                s.cluster(), s.state(), s.availabilityIndex(), s.activeUsers(), ini.getOrDefault(s.name(), List.of()),
                s.routerClusterFailover(), s.tasks())).toList();
        List<Topology.GroupRow> groupRows = groups.values().stream().map(g -> new Topology.GroupRow(g.name(),
                g.type(), g.members().stream().map(labels::name).toList())).toList();
        return new Topology(rows, replicas, documents, groupRows, acl);
    }

    private Topology.DocumentRow document(ForeignDomainDocument d) {
        String calendar = d.calendarServer() == null ? labels.name(d.gatewayServer()) : labels.name(d.calendarServer());
        return new Topology.DocumentRow(d.id(), d.domain(), labels.name(d.gatewayServer()), calendar,
                d.modified() == null ? null : d.modified().toString(), d.readers(), d.authors(), d.documentAccess());
    }
}
