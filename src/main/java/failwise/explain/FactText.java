package failwise.explain;

import failwise.engine.Evaluation;
import failwise.model.AclEntry;
import failwise.model.ForeignDomainDocument;
import failwise.model.Group;
import failwise.model.GroupMember;
import failwise.model.IniSetting;
import failwise.model.Replica;
import failwise.model.Request;
import failwise.model.Scenario;
import failwise.model.Server;
import failwise.verify.FactFields;
import java.util.Map;
import java.util.stream.Collectors;

/** How each kind of fact from a fact file reads in an explanation: one short line, names as written. */
public final class FactText {
    private final Evaluation ev;

    public FactText(Evaluation ev) {
        this.ev = ev;
    }

    public String of(Object fact) {
        if (fact instanceof Server s) {
            return "Server " + name(s.name());
        } else if (fact instanceof IniSetting i) {
            return "NOTES.INI " + i.name() + "=" + i.value() + " on " + name(i.server());
        } else if (fact instanceof Request r) {
            return request(r);
        } else if (fact instanceof Replica r) {
            return "Replica " + r.path() + " on " + name(r.server())
                    + (r.status() == null || r.status().equals("IN_SERVICE") ? "" : ", " + r.status());
        } else if (fact instanceof Group g) {
            return "Group " + g.name() + (g.type() == null ? "" : " (" + g.type() + ")");
        } else if (fact instanceof GroupMember m) {
            return "Group " + m.group() + " has member " + name(m.member());
        } else if (fact instanceof AclEntry a) {
            return "Directory ACL entry " + name(a.name()) + " holds " + (a.roles().isEmpty() ? "no roles"
                    : String.join(" ", a.roles()));
        } else if (fact instanceof ForeignDomainDocument d) {
            return foreignDomain(d);
        } else if (fact instanceof Scenario s) {
            return "Scenario" + (s.name() == null ? "" : " \"" + s.name() + "\"")
                    + (s.directoryAclGiven() ? "" : " (no directoryAcl: Domino's default Directory ACL applies)");
        }
        return generic(fact);
    }

    private String request(Request r) {
        StringBuilder out = new StringBuilder("Request ").append(r.id()).append(": ").append(r.action());
        if (r.from() != null) {
            out.append(" from ").append(name(r.from()));
        }
        if (r.server() != null) {
            out.append(" on ").append(name(r.server()));
        }
        if (r.database() != null) {
            out.append(" for ").append(r.database());
        }
        if (r.foreignDomain() != null) {
            out.append(" to domain ").append(r.foreignDomain());
        }
        if (r.templateServer() != null) {
            out.append(", template on ").append(name(r.templateServer()));
        }
        if (r.user() != null) {
            out.append(", by ").append(name(r.user())).append(r.userIsAdmin() ? " (administrator)" : "");
        }
        if (r.databaseAlreadyOpen()) {
            out.append(", database already open");
        }
        return out.toString();
    }

    private String foreignDomain(ForeignDomainDocument d) {
        StringBuilder out = new StringBuilder("Foreign Domain document ").append(d.id()).append(" for ")
                .append(d.domain()).append(": mail to ").append(name(d.gatewayServer()));
        if (d.calendarServer() != null && !d.calendarServer().equals(d.gatewayServer())) {
            out.append(", calendar on ").append(name(d.calendarServer()));
        }
        if (!d.readers().isEmpty()) {
            out.append(", Readers ").append(d.readers());
        }
        return out.append(", modified ").append(d.modified()).toString();
    }

    /** A fact type this class does not know yet (a DRL-declared one, or a new input kind): every field. */
    private String generic(Object fact) {
        Map<String, Object> fields = FactFields.of(fact);
        fields.remove("pointer");
        return FactFields.typeName(fact) + fields.entrySet().stream()
                .map(e -> " " + e.getKey() + "=" + ev.text(e.getValue())).collect(Collectors.joining());
    }

    private String name(String name) {
        return ev.text(name);
    }
}
