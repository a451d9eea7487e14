package failwise.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads console captures: {@code show cluster} (the cluster, the local server's threshold and availability, each
 * member's availability index or state), in HCL's printed form and the Notes C API's, and {@code show stat}
 * ({@code Server.Users}, {@code Server.AvailabilityIndex}, {@code Server.AvailabilityThreshold}, whose by
 * {@code Server.Name}). Case is ignored, blanks and tabs tolerated, console.log prefixes skipped; a line that
 * matches nothing is reported.
 */
final class ConsoleReader {
    /** States {@code show cluster} prints for a member, from the C API's error texts. */
    static final List<String> STATES = List.of("AVAILABLE", "RESTRICTED", "BUSY", "UNREACHABLE", "INVALID", "MAXUSERS");

    private static final int F = Pattern.CASE_INSENSITIVE;
    /** A console.log line's process ids and time stamp, or the prompt, before the text. */
    private static final Pattern PREFIX = Pattern.compile("^\\s*(?:\\[[0-9A-Fa-f:\\-]+]\\s*)?(?:\\d{1,4}[./-]\\d{1,2}"
            + "[./-]\\d{1,4}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?(?:\\s*[AP]M)?\\s+)?>?\\s*", F);
    private static final Pattern ECHO = Pattern.compile("(?:sh|show)\\s+(cl|cluster|st|stat|stats|statistics?)\\b.*", F);
    private static final Pattern CLUSTER = Pattern.compile("cluster name:\\s*(\\S.*?)\\s*,\\s*server name:\\s*(\\S.*?)\\s*", F);
    private static final Pattern THRESHOLD = Pattern.compile("server availability threshold:\\s*(\\d{1,3})\\s*", F);
    private static final Pattern LOCAL = Pattern.compile(
            "server availability index:\\s*(\\d{1,3})\\s*(?:\\(\\s*state:\\s*([A-Za-z]+)\\s*\\))?\\s*", F);
    private static final Pattern MEMBERS = Pattern.compile("cluster members\\s*\\(\\s*\\d+\\s*\\)\\s*(?::|\\.\\.\\.)?\\s*", F);
    private static final Pattern MEMBER = Pattern.compile(
            "server:\\s*(\\S.*?)\\s*,\\s*availability(?:\\s+index)?:\\s*([A-Za-z]+|\\d{1,3})\\s*", F);
    private static final Pattern STAT = Pattern.compile("([A-Za-z][\\w$]*(?:\\.[\\w$ ]*[\\w$])+)\\s*=\\s*(.*?)\\s*");
    private static final Pattern FOUND = Pattern.compile("\\d+\\s+statistics?\\s+found\\s*", F);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    /** A statistic line waiting for its block's {@code Server.Name}. */
    private record Stat(String name, String value, Where where) {
    }

    private final Estate estate;
    private final Report report;
    private String cluster;
    private String localServer;
    private final List<Stat> block = new ArrayList<>();
    private int recognised;
    private int members;
    private int statsUsed;
    private final List<String> servers = new ArrayList<>();

    ConsoleReader(Estate estate) {
        this.estate = estate;
        this.report = estate.report;
    }

    /** Whether any line is one {@code show cluster} or {@code show stat} prints, so the text is a console capture. */
    static boolean isConsole(List<String> lines) {
        for (String line : lines) {
            Matcher prefix = PREFIX.matcher(line);
            String text = line.substring(prefix.lookingAt() ? prefix.end() : 0).stripTrailing();
            for (Pattern p : List.of(ECHO, CLUSTER, THRESHOLD, LOCAL, MEMBERS, MEMBER, STAT, FOUND)) {
                if (p.matcher(text).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads the lines of {@code file}; the summary line. */
    String read(String file, List<String> lines) {
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher prefix = PREFIX.matcher(lines.get(i));
            int start = prefix.lookingAt() ? prefix.end() : 0;
            String text = lines.get(i).substring(start).stripTrailing();
            if (text.isEmpty()) {
                continue;
            }
            first = first == 0 ? i + 1 : first;
            Where where = new Where(file, i + 1, start + 1);
            if (line(text, where)) {
                recognised++;
            } else {
                report.skip(where, Report.UNRECOGNISED_LINE, "expected a line of `show cluster` or `show stat` "
                        + "output, found " + TextLines.shown(text));
            }
        }
        endBlock(file);
        List<String> parts = new ArrayList<>();
        if (members > 0) {
            parts.add(localServer == null ? "show cluster members (" + members + ") without the line naming the "
                    + "cluster and the server" : "show cluster of " + Abbreviated.name(localServer) + " (cluster "
                    + cluster + ", " + members + " members)");
        }
        if (statsUsed > 0) {
            parts.add("show stat of " + String.join(", ", servers) + " (" + statsUsed + " statistics used)");
        }
        return parts.isEmpty() ? "console text with nothing import uses" : String.join("; ", parts);
    }

    private boolean line(String text, Where where) {
        Matcher m;
        if (ECHO.matcher(text).matches()) {
            endBlock(where.file());
            return true;
        } else if ((m = CLUSTER.matcher(text)).matches()) {
            if (Estate.nameless(m.group(2))) {
                return nameless(where, m.group(2));
            }
            cluster = m.group(1);
            localServer = m.group(2);
            estate.configured(estate.server(localServer, where), ServerDraft.CLUSTER, cluster, where, Kind.CONSOLE);
            return true;
        } else if ((m = THRESHOLD.matcher(text)).matches()) {
            if (local(where, text)) {
                estate.setting(estate.server(localServer, where), "Server_Availability_Threshold", m.group(1), where,
                        Kind.CONSOLE);
            }
            return true;
        } else if ((m = LOCAL.matcher(text)).matches()) {
            if (!local(where, text)) {
                return true;
            }
            ServerDraft server = estate.server(localServer, where);
            estate.live(server, ServerDraft.INDEX, Integer.parseInt(m.group(1)), where, Kind.CONSOLE);
            if (m.group(2) != null) {
                state(server, m.group(2), where);
            }
            return true;
        } else if (MEMBERS.matcher(text).matches() || FOUND.matcher(text).matches()) {
            return true;
        } else if ((m = MEMBER.matcher(text)).matches()) {
            if (Estate.nameless(m.group(1))) {
                return nameless(where, m.group(1));
            }
            member(m.group(1), m.group(2), where);
            return true;
        } else if ((m = STAT.matcher(text)).matches()) {
            block.add(new Stat(m.group(1), m.group(2), where));
            return true;
        }
        return false;
    }

    /** A line naming a server by nothing but blanks or control characters: reported, and taken as read. */
    private boolean nameless(Where where, String name) {
        report.skip(where, Report.UNSUPPORTED, "expected a server name, found " + TextLines.shown(name));
        return true;
    }

    /** Whether the local server is known yet; reported when a line about it comes before the line naming it. */
    private boolean local(Where where, String text) {
        if (localServer == null) {
            report.skip(where, Report.MISSING_ITEM, "expected `Cluster name: ..., Server name: ...` before "
                    + TextLines.shown(text) + " to say whose it is, found none");
            return false;
        }
        return true;
    }

    private void member(String name, String shown, Where where) {
        ServerDraft server = estate.server(name, where);
        members++;
        if (cluster != null) {
            estate.configured(server, ServerDraft.CLUSTER, cluster, where, Kind.CONSOLE);
        }
        if (NUMBER.matcher(shown).matches()) {
            int index = Integer.parseInt(shown);
            if (index > 100) {
                report.skip(where, Report.UNSUPPORTED, "expected an availability index of 0 to 100, found `" + index + "`");
                return;
            }
            estate.live(server, ServerDraft.INDEX, index, where, Kind.CONSOLE);
            estate.live(server, ServerDraft.STATE, "UP", where, Kind.CONSOLE);
        } else {
            state(server, shown, where);
        }
    }

    /**
     * A state as the console shows it, in the contract's terms: UNREACHABLE as it is (which a server that is down
     * looks like too), RESTRICTED as {@code Server_Restricted=1} (the console shows the live restriction, which
     * NOTES.INI may not), and every other known state as running.
     */
    private void state(ServerDraft server, String shown, Where where) {
        String state = shown.toUpperCase(Locale.ROOT);
        if (!STATES.contains(state) || state.equals("INVALID")) {
            report.skip(where, Report.UNSUPPORTED, "expected a state of " + String.join(", ", STATES.subList(0, 4))
                    + " or MAXUSERS, found " + TextLines.shown(shown) + " for " + Abbreviated.name(server.canonical));
            return;
        }
        estate.live(server, ServerDraft.STATE, state.equals("UNREACHABLE") ? "UNREACHABLE" : "UP", where, Kind.CONSOLE);
        estate.shown(server, state, where);
        if (state.equals("RESTRICTED")) {
            estate.setting(server, "Server_Restricted", "1", where, Kind.CONSOLE);
        }
    }

    /** Attributes the statistics read since the last command to their server and uses the ones that matter. */
    private void endBlock(String file) {
        if (block.isEmpty()) {
            return;
        }
        String whose = localServer;
        for (Stat stat : block) {
            if (stat.name().equalsIgnoreCase("Server.Name")) {
                whose = stat.value();
            }
        }
        if (Estate.nameless(whose)) {
            report.skip(block.get(0).where(), Report.MISSING_ITEM, "expected `Server.Name` among these statistics (or "
                    + "a `show cluster` before them) to say whose they are, found none; " + block.size()
                    + " statistics skipped");
            block.clear();
            return;
        }
        ServerDraft server = estate.server(whose, block.get(0).where());
        if (!servers.contains(Abbreviated.name(whose))) {
            servers.add(Abbreviated.name(whose));
        }
        for (Stat stat : block) {
            String name = stat.name().toLowerCase(Locale.ROOT);
            String field = switch (name) {
                case "server.users" -> ServerDraft.USERS;
                case "server.availabilityindex" -> ServerDraft.INDEX;
                case "server.availabilitythreshold" -> "Server_Availability_Threshold";
                default -> null;
            };
            if (field == null) {
                continue;
            }
            if (!NUMBER.matcher(stat.value()).matches()
                    || (!field.equals(ServerDraft.USERS) && Integer.parseInt(stat.value()) > 100)) {
                report.skip(stat.where(), Report.UNSUPPORTED, "expected `" + stat.name() + "` to be "
                        + (field.equals(ServerDraft.USERS) ? "a whole number" : "a whole number from 0 to 100")
                        + ", found " + TextLines.shown(stat.value()));
                continue;
            }
            statsUsed++;
            if (field.startsWith("Server_")) {
                estate.setting(server, field, stat.value(), stat.where(), Kind.CONSOLE);
            } else {
                estate.live(server, field, Integer.parseInt(stat.value()), stat.where(), Kind.CONSOLE);
            }
        }
        block.clear();
    }
}
