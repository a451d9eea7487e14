package failwise.report;

import java.util.List;
import java.util.Objects;

/** The topology tables: servers grouped by cluster, replicas, Foreign Domain documents, groups and the ACL. */
final class TopologyHtml {
    private final Html h;

    TopologyHtml(Html h) {
        this.h = h;
    }

    void render(Topology t) {
        servers(t.servers());
        if (!t.replicas().isEmpty()) {
            h.el("h4", null, "Cluster Database Directory");
            h.raw("<table class=\"replicas\"><thead><tr><th>Database</th><th>Replica ID</th><th>Server</th>"
                    + "<th>Status</th></tr></thead><tbody>");
            for (Topology.ReplicaRow r : t.replicas()) {
                h.raw("<tr>").el("td", "mono", r.path()).el("td", "mono", r.replicaId()).el("td", null, r.server())
                        .el("td", "IN_SERVICE".equals(r.status()) ? null : "state-DOWN", r.status()).raw("</tr>");
            }
            h.raw("</tbody></table>\n");
        }
        if (!t.documents().isEmpty()) {
            documents(t.documents());
        }
        if (!t.groups().isEmpty()) {
            h.el("h4", null, "Groups");
            h.raw("<table class=\"groups\"><thead><tr><th>Group</th><th>Type</th><th>Members</th></tr></thead><tbody>");
            for (Topology.GroupRow g : t.groups()) {
                h.raw("<tr>").el("td", null, g.name()).el("td", null, g.type() == null ? "MULTI_PURPOSE" : g.type())
                        .el("td", null, String.join(", ", g.members())).raw("</tr>");
            }
            h.raw("</tbody></table>\n");
        }
        if (!t.acl().isEmpty()) {
            h.el("h4", null, "Domino Directory ACL");
            h.raw("<table class=\"acl\"><thead><tr><th>Entry</th><th>Roles</th></tr></thead><tbody>");
            t.acl().forEach(a -> h.raw("<tr>").el("td", null, a.name()).el("td", "mono", String.join(" ", a.roles()))
                    .raw("</tr>"));
            h.raw("</tbody></table>\n");
        }
    }

    private void servers(List<Topology.ServerRow> servers) {
        h.el("h4", null, "Servers by cluster");
        h.raw("<table class=\"servers\"><thead><tr><th>Server</th><th>State</th><th>Availability index</th>"
                + "<th>Users</th><th>NOTES.INI</th><th>Router cluster failover</th><th>Tasks</th></tr></thead>");
        String cluster = "\0";
        for (Topology.ServerRow s : servers) {
            if (!Objects.equals(cluster, s.cluster())) {
                cluster = s.cluster();
                h.raw("</tbody><tbody>").raw("<tr class=\"group\"><th colspan=\"7\">")
                        .text(cluster == null ? "Not clustered" : "Cluster " + cluster).raw("</th></tr>");
            }
            h.raw("<tr>").el("td", null, s.name()).el("td", "state-" + s.state(), s.state())
                    .el("td", null, "DOWN".equals(s.state()) ? "none (down)" : String.valueOf(s.availabilityIndex()))
                    .el("td", null, s.activeUsers());
            h.raw("<td>");
            if (s.notesIni().isEmpty()) {
                h.el("span", "muted", "none");
            } else {
                h.raw("<ul class=\"plain\">");
                s.notesIni().forEach(line -> h.el("li", "mono", line));
                h.raw("</ul>");
            }
            h.raw("</td>").el("td", null, s.routerClusterFailover()).el("td", null, s.tasks() == null ? "not listed (all run)" : String.join(", ", s.tasks()))
                    .raw("</tr>");
        }
        h.raw("</tbody></table>\n");
    }

    private void documents(List<Topology.DocumentRow> documents) {
        h.el("h4", null, "Foreign Domain documents");
        h.raw("<table class=\"documents\"><thead><tr><th>Document</th><th>Domain</th><th>Gateway server</th>"
                + "<th>Calendar server</th><th>Modified</th><th>Readers</th><th>Authors</th><th>DocumentAccess</th>"
                + "</tr></thead><tbody>");
        for (Topology.DocumentRow d : documents) {
            h.raw("<tr>").el("td", "mono", d.id()).el("td", null, d.domain()).el("td", null, d.gatewayServer())
                    .el("td", null, d.calendarServer()).el("td", "mono", d.modified());
            // Authors and DocumentAccess entries restrict reading too: only a document with none is open to all.
            boolean open = d.readers().isEmpty() && d.authors().isEmpty()
                    && (d.documentAccess() == null || d.documentAccess().isEmpty());
            list(d.readers(), open ? "none: readable by every server" : "none");
            list(d.authors(), "none");
            if (d.documentAccess() == null || d.documentAccess().isEmpty()) {
                h.raw("<td>").el("span", "muted", "absent").raw("</td>");
            } else {
                list(d.documentAccess(), null);
            }
            h.raw("</tr>");
        }
        h.raw("</tbody></table>\n");
    }

    private void list(List<String> entries, String empty) {
        h.raw("<td>");
        if (entries.isEmpty()) {
            h.el("span", "muted", empty);
        } else {
            h.raw("<ul class=\"plain\">");
            entries.forEach(e -> h.el("li", "mono", e));
            h.raw("</ul>");
        }
        h.raw("</td>");
    }
}
