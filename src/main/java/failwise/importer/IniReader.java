package failwise.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a NOTES.INI file: {@code key=value} lines of the {@code [Notes]} section split at the first {@code =},
 * {@code ;} comments, keys compared ignoring case. {@code ServerName} says whose file it is, {@code ServerTasks}
 * gives the tasks; every other key is kept as a setting, whether failwise's rules read it or not.
 */
final class IniReader {
    private record Line(String key, String value, Where where) {
    }

    private final Estate estate;

    IniReader(Estate estate) {
        this.estate = estate;
    }

    /** Reads the lines of {@code file}; the summary line, or null when the file is not imported (reported). */
    String read(String file, List<String> lines) {
        Report report = estate.report;
        List<Line> settings = new ArrayList<>();
        Map<String, Where> seen = new HashMap<>();
        String section = "notes";
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            Where where = new Where(file, i + 1, 1);
            if (text.isEmpty() || text.startsWith(";")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                section = text.substring(1, text.length() - 1).strip().toLowerCase(Locale.ROOT);
                if (!section.equals("notes")) {
                    report.skip(where, Report.UNSUPPORTED, "expected the `[Notes]` section, found " + TextLines.shown(text)
                            + "; its lines are skipped");
                }
                continue;
            }
            int equals = text.indexOf('=');
            if (equals <= 0) {
                report.skip(where, Report.UNRECOGNISED_LINE, "expected a NOTES.INI line `name=value`, found "
                        + TextLines.shown(text));
                continue;
            }
            if (!section.equals("notes")) {
                continue;
            }
            String key = text.substring(0, equals).strip();
            Where earlier = seen.putIfAbsent(key.toUpperCase(Locale.ROOT), where);
            if (earlier != null) {
                report.skip(where, Report.DUPLICATE, "expected `" + key + "` once, ignoring case, found it again (the "
                        + "first, at " + earlier + ", is imported)");
                continue;
            }
            settings.add(new Line(key, text.substring(equals + 1).strip(), where));
        }
        Line name = settings.stream().filter(l -> l.key().equalsIgnoreCase("ServerName")).findFirst().orElse(null);
        if (name == null || Estate.nameless(name.value())) {
            report.skip(new Where(file, name == null ? 1 : name.where().line(), 1), Report.MISSING_ITEM,
                    "expected a NOTES.INI with `ServerName=` saying whose it is, found none; the file is skipped");
            return null;
        }
        ServerDraft server = estate.server(name.value(), name.where());
        int kept = 0;
        int tasks = 0;
        for (Line line : settings) {
            if (line.key().equalsIgnoreCase("ServerName")) {
                continue;
            }
            if (line.key().equalsIgnoreCase("ServerTasks")) {
                List<String> list = new ArrayList<>();
                for (String task : line.value().split(",")) {
                    if (!task.isBlank()) {
                        list.add(task.strip());
                    }
                }
                estate.live(server, ServerDraft.TASKS, List.copyOf(list), line.where(), Kind.NOTES_INI);
                tasks = list.size();
            } else {
                estate.setting(server, line.key(), line.value(), line.where(), Kind.NOTES_INI);
                kept++;
            }
        }
        return "NOTES.INI of " + Abbreviated.name(name.value()) + " (" + kept + (kept == 1 ? " setting" : " settings") + (tasks > 0 ? ", "
                + tasks + " tasks" : ", no ServerTasks") + ")";
    }
}
