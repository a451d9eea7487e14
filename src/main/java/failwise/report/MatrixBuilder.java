package failwise.report;

import failwise.explain.Explanations;
import failwise.model.Conclusion;
import failwise.model.ConsoleMessage;
import failwise.model.FailoverDecision;
import failwise.model.Outcome;
import failwise.model.FreeBusyLookup;
import failwise.model.InputFact;
import failwise.model.MailRoute;
import failwise.model.Request;
import failwise.model.Server;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the {@link Matrix} from the conclusions of an evaluation. Which server did what is read from the
 * conclusions' fields only (the rules decide it); this class just lays it out.
 */
final class MatrixBuilder {
    private final Explanations labels;
    private final Function<Conclusion, String> whyIds;

    MatrixBuilder(Explanations labels, Function<Conclusion, String> whyIds) {
        this.labels = labels;
        this.whyIds = whyIds;
    }

    Matrix of(Snapshot snapshot, List<Conclusion> conclusions) {
        Map<String, Server> servers = new LinkedHashMap<>();
        List<Request> requests = new ArrayList<>();
        for (InputFact fact : snapshot.facts()) {
            if (fact instanceof Server s) {
                servers.put(s.name(), s);
            } else if (fact instanceof Request r) {
                requests.add(r);
            }
        }
        List<Matrix.Row> rows = new ArrayList<>();
        for (Request r : requests) {
            List<Conclusion> about = conclusions.stream().filter(c -> isRowOf(c, r.id())).toList();
            for (Conclusion c : about) {
                Matrix.Row row = row(r, c);
                consoles(conclusions, r.id(), row.cells());
                rows.add(row);
            }
            if (about.isEmpty()) {
                Map<String, List<Matrix.Part>> cells = new LinkedHashMap<>();
                add(cells, r.server(), "asked", null, Matrix.Tone.ROLE);
                rows.add(new Matrix.Row(r.id(), r.action(), null, "no conclusion", Matrix.Tone.BAD, null,
                        "no rule concluded who serves it", null, cells));
            }
        }
        Set<String> involved = new LinkedHashSet<>();
        rows.forEach(row -> involved.addAll(row.cells().keySet()));
        List<Matrix.Column> columns = new ArrayList<>();
        for (Server s : servers.values()) {
            if (involved.remove(s.name())) {
                columns.add(new Matrix.Column(s.name(), labels.name(s.name()), s.state(), s.cluster()));
            }
        }
        // A server the rules name but the file does not describe (an unknown gateway, say) still gets a column.
        involved.forEach(k -> columns.add(new Matrix.Column(k, labels.name(k), null, null)));
        return new Matrix(columns, rows);
    }

    /** What servers print on their console while handling the request shows in their cells too. */
    private static void consoles(List<Conclusion> conclusions, String request, Map<String, List<Matrix.Part>> cells) {
        for (Conclusion c : conclusions) {
            if (c instanceof ConsoleMessage m && request.equals(m.request())) {
                add(cells, m.server(), "console", m.text(), Matrix.Tone.SHIFTED);
            }
        }
    }

    private static boolean isRowOf(Conclusion c, String request) {
        return c instanceof FailoverDecision d && request.equals(d.request())
                || c instanceof MailRoute m && request.equals(m.request())
                || c instanceof FreeBusyLookup f && request.equals(f.request());
    }

    private Matrix.Row row(Request r, Conclusion c) {
        Map<String, List<Matrix.Part>> cells = new LinkedHashMap<>();
        if (c instanceof FailoverDecision d) {
            String causes = d.causes().isEmpty() ? null : String.join(", ", d.causes());
            add(cells, r.from(), "routes from", null, Matrix.Tone.ROLE);
            Matrix.Tone tone = tone(d.outcome());
            if (Outcome.of(d.outcome()) == Outcome.FAILOVER) {
                add(cells, d.server(), "cannot serve", causes, Matrix.Tone.BAD);
                add(cells, d.servedBy(), "serves", "failover", Matrix.Tone.SHIFTED);
            } else if (d.servedBy() != null) {
                add(cells, d.server(), "asked", null, Matrix.Tone.ROLE);
                add(cells, d.servedBy(), "serves", causes, tone);
            } else {
                add(cells, d.server(), "fails", causes == null ? d.reason() : causes, Matrix.Tone.BAD);
            }
            add(cells, r.templateServer(), "template", null, Matrix.Tone.ROLE);
            return new Matrix.Row(r.id(), r.action(), c.type(), d.outcome(), tone, name(d.servedBy()),
                    join(causes == null ? null : "causes: " + causes, d.reason()), whyIds.apply(c), cells);
        } else if (c instanceof MailRoute m) {
            boolean held = Outcome.verdict(m.outcome()) != Outcome.Verdict.GOOD;
            add(cells, r.server(), held ? "holds" : "sends", held ? "mail stays in MAIL.BOX" : null,
                    held ? Matrix.Tone.BAD : Matrix.Tone.ROLE);
            add(cells, m.via(), "gateway", join(m.document() == null ? null : "document " + m.document(),
                    m.protocol()), tone(m.outcome()));
            return new Matrix.Row(r.id(), r.action(), c.type(), m.outcome(), tone(m.outcome()), name(m.via()),
                    join("domain " + m.domain(), m.document() == null ? null : "document " + m.document()),
                    whyIds.apply(c), cells);
        }
        FreeBusyLookup f = (FreeBusyLookup) c;
        Matrix.Tone tone = tone(f.outcome());
        add(cells, r.server(), "asks", f.via() == null ? f.reason() : null, f.via() == null ? tone : Matrix.Tone.ROLE);
        add(cells, f.via(), "connector", null, tone);
        add(cells, f.calendarServer(), "calendar server", "CALENDAR_SERVER_UNREACHABLE".equals(f.reason())
                ? "unreachable" : null, tone);
        return new Matrix.Row(r.id(), r.action(), c.type(), f.outcome(), tone, name(f.via()),
                join("domain " + f.domain(), f.calendarServer() == null ? null
                        : "calendar server " + name(f.calendarServer()), f.reason()), whyIds.apply(c), cells);
    }

    private static void add(Map<String, List<Matrix.Part>> cells, String server, String label, String note,
                            Matrix.Tone tone) {
        if (server != null) {
            cells.computeIfAbsent(server, k -> new ArrayList<>()).add(new Matrix.Part(label, note, tone));
        }
    }

    /** The tone of an outcome word, from its {@link Outcome#verdict}. */
    static Matrix.Tone tone(String outcome) {
        return switch (Outcome.verdict(outcome)) {
            case GOOD -> Matrix.Tone.OK;
            case DEGRADED -> Matrix.Tone.SHIFTED;
            case BAD -> Matrix.Tone.BAD;
        };
    }

    private String name(String server) {
        return server == null ? null : labels.name(server);
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                present.add(p);
            }
        }
        return String.join("; ", present);
    }
}
