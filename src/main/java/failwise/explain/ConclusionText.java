package failwise.explain;

import failwise.engine.Evaluation;
import failwise.engine.RuleInfo;
import failwise.model.Conclusion;
import failwise.model.ConsoleMessage;
import failwise.model.DocumentVisibility;
import failwise.model.FailoverDecision;
import failwise.model.Finding;
import failwise.model.FreeBusyLookup;
import failwise.model.MailRoute;
import failwise.verify.FactFields;
import java.util.ArrayList;
import java.util.List;

/** The one-line headline of each kind of conclusion, with server names as the fact file wrote them. */
public final class ConclusionText {
    private final Evaluation ev;

    public ConclusionText(Evaluation ev) {
        this.ev = ev;
    }

    public String headline(Conclusion c) {
        if (c instanceof FailoverDecision d) {
            return decision(d);
        } else if (c instanceof Finding f) {
            return "Finding " + f.code() + " " + ev.text(f.subject()) + " " + f.severity() + ": " + f.message();
        } else if (c instanceof MailRoute m) {
            return "MailRoute " + m.request() + ": " + m.outcome() + via(m.via())
                    + details(m.document() == null ? null : "document " + m.document(), m.protocol(), m.reason());
        } else if (c instanceof FreeBusyLookup f) {
            String calendar = f.calendarServer() == null ? "" : ", calendar server " + ev.text(f.calendarServer());
            return "FreeBusyLookup " + f.request() + ": " + f.outcome() + via(f.via()) + calendar
                    + details(f.reason());
        } else if (c instanceof ConsoleMessage m) {
            return "ConsoleMessage " + ev.text(m.server()) + (m.request() == null ? "" : " (request " + m.request() + ")")
                    + ": " + m.text();
        } else if (c instanceof DocumentVisibility v) {
            return "DocumentVisibility " + v.document() + " -> " + ev.text(v.server()) + ": "
                    + (v.visible() ? "visible" : "not visible")
                    + (v.grantedBy().isEmpty() ? v.visible() ? " (the document has no Readers entries)" : ""
                            : " (granted by " + ev.text(v.grantedBy()) + ")");
        }
        return generic(c);
    }

    /**
     * One line for a document's visibility to every server: {@code DocumentVisibility A: read by: Mail1/Acme
     * (group ServersGrp), DominoA/Acme; hidden from: DominoB/Acme}. {@code each} holds one document's conclusions.
     */
    public String document(String document, List<DocumentVisibility> each) {
        List<String> readBy = new ArrayList<>();
        List<String> hiddenFrom = new ArrayList<>();
        for (DocumentVisibility v : each) {
            if (v.visible()) {
                readBy.add(ev.text(v.server()) + (v.grantedBy().isEmpty() ? "" : " (" + ev.text(v.grantedBy()) + ")"));
            } else {
                hiddenFrom.add(ev.text(v.server()));
            }
        }
        return "DocumentVisibility " + document + ": read by: " + (readBy.isEmpty() ? "none" : String.join(", ", readBy))
                + "; hidden from: " + (hiddenFrom.isEmpty() ? "none" : String.join(", ", hiddenFrom));
    }

    private String decision(FailoverDecision d) {
        StringBuilder out = new StringBuilder("FailoverDecision ").append(d.request()).append(": ").append(d.outcome());
        if (d.servedBy() != null) {
            out.append(", served by ").append(ev.text(d.servedBy()));
        }
        List<String> why = new ArrayList<>();
        if (!d.causes().isEmpty()) {
            why.add("causes: " + String.join(", ", d.causes()));
        }
        if (d.reason() != null) {
            why.add("reason: " + d.reason());
        }
        return why.isEmpty() ? out.toString() : out.append(" (").append(String.join("; ", why)).append(')').toString();
    }

    /** A conclusion type added to the rules after this renderer was written: every field, by name. */
    private String generic(Conclusion c) {
        StringBuilder out = new StringBuilder(c.type()).append(' ').append(c.subject()).append(':');
        FactFields.of(c).forEach((k, v) -> out.append(' ').append(k).append('=').append(ev.text(v)));
        return out.toString();
    }

    private String via(String server) {
        return server == null ? "" : " via " + ev.text(server);
    }

    /** {@code " (a, b)"} of the parts that are present, or nothing. */
    private static String details(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                present.add(p);
            }
        }
        return present.isEmpty() ? "" : " (" + String.join(", ", present) + ")";
    }

    /** {@code [F7 "rule name"]}: which behaviour and which rule concluded it. */
    static String ruleTag(RuleInfo rule) {
        if (rule == null) {
            return "";
        }
        return "  [" + (rule.behaviour() == null ? "" : rule.behaviour() + " ") + "\"" + rule.name() + "\"]";
    }
}
