package failwise.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.facts.FactLoader;
import failwise.facts.Limits;
import failwise.facts.Locator;
import failwise.model.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports an estate: reads every input (a folder stands for the files under it), recognises each by its content,
 * merges them, takes the requests of an optional hand-written fact file, and writes a fact file that the loader
 * accepts, with where each value came from. Bad input never throws: each problem is a located line of the result.
 */
public final class Importer {
    /** What survives the loader's verdict only without the element it names: that element is left out, reported. */
    private static final Pattern DROPPABLE = Pattern.compile(
            "^(/replicas/\\d+|/groups/\\d+/members/\\d+|/groups/\\d+|/directoryAcl/\\d+|/foreignDomains/\\d+"
                    + "|/servers/\\d+/notesIni/[^/]+)(?:/.*)?$");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Limits limits;
    private final FactLoader loader;

    public Importer() {
        this(Limits.defaults());
    }

    public Importer(Limits limits) {
        this.limits = limits;
        this.loader = new FactLoader(limits);
    }

    /**
     * The outcome: the fact file's text (null when nothing could be written), every line to show on the error
     * output, and whether an input could not be read or the result does not load (exit code 4).
     */
    public record Result(String text, List<String> lines, boolean failed) {
    }

    /** Imports {@code inputs}; {@code requests} may be null; {@code json} picks the output format. */
    public Result run(List<Path> inputs, Path requests, boolean json, String outName) {
        Estate estate = new Estate();
        List<String> names = new ArrayList<>();
        for (Path file : files(inputs, estate.report)) {
            names.add(file.toString());
            estate.report.begin();
            InputFile input = InputFile.read(file, limits, estate.report);
            if (input != null) {
                read(input, estate);
            }
        }
        return finish(estate, names, requests, json, outName);
    }

    /** Imports inputs that are already in memory, as YAML without requests (for fuzzing the readers). */
    Result run(List<InputFile> inputs, String outName) {
        Estate estate = new Estate();
        List<String> names = new ArrayList<>();
        for (InputFile input : inputs) {
            names.add(input.name());
            estate.report.begin();
            read(input, estate);
        }
        return finish(estate, names, null, false, outName);
    }

    private Result finish(Estate estate, List<String> names, Path requests, boolean json, String outName) {
        Report report = estate.report;
        Notes.add(estate);
        RequestsFile asked = null;
        if (requests != null) {
            report.begin();
            asked = RequestsFile.read(requests, loader, report);
            if (asked != null) {
                report.input(requests.toString(), asked.summary());
            }
        }
        String name = asked != null && asked.name() != null && asked.name().isTextual() ? asked.name().textValue()
                : "Imported estate";
        String description = asked != null && asked.description() != null && asked.description().isTextual()
                ? asked.description().textValue() : "Imported by failwise import from " + listed(names);
        JsonNode askedRequests = asked == null ? null : asked.requests();
        JsonNode askedExpect = asked == null ? null : asked.expect();
        FactTreeBuilder.Built built = new FactTreeBuilder(estate, Set.of()).build(name, description, askedRequests,
                askedExpect);
        Set<String> dropped = verdict(built, asked, outName, report);
        if (!dropped.isEmpty()) {
            built = new FactTreeBuilder(estate, dropped).build(name, description, askedRequests, askedExpect);
        }
        String text = json ? json(built) : YamlText.of(built.root(), built.sources(),
                List.of("Imported by failwise import from " + listed(names) + ".",
                        "Each comment says where the value on its line came from."));
        if (!dropped.isEmpty() && report.unreadable() == 0) {
            // The tree is what the text says (YamlText and the JSON writer are tested to keep it so); checking the
            // tree spares parsing megabytes of YAML again.
            for (Problem p : loader.fromTree(outName, built.root(), Locator.NONE).problems()) {
                report.unreadable(p.file(), 0, 0, p.code(), at(p.pointer()) + p.message());
            }
        }
        report.line(Notes.summary(built.root(), estate, report));
        return new Result(text, report.lines(), report.unreadable() > 0);
    }

    /** The pointers to leave out, after reporting each at the place its value came from. */
    private Set<String> verdict(FactTreeBuilder.Built built, RequestsFile asked, String outName, Report report) {
        Set<String> dropped = new HashSet<>();
        for (Problem p : loader.fromTree(outName, built.root(), Locator.NONE).problems()) {
            String pointer = p.pointer() == null ? "" : p.pointer();
            Matcher m = DROPPABLE.matcher(pointer);
            Problem held = asked == null ? null : asked.heldBack(pointer, p.code());
            if (held != null) {
                report.unreadable(held.file(), held.line(), held.column(), held.code(), at(held.pointer())
                        + held.message() + " (in the imported estate either)");
            } else if (m.matches()) {
                dropped.add(m.group(1));
                report.skip(place(built.sources(), pointer), p.code(), p.message() + "; left out of the import");
            } else {
                report.unreadable(p.file(), 0, 0, p.code(), at(pointer) + p.message());
            }
        }
        return dropped;
    }

    /** A pointer as a problem line shows it before the message. */
    static String at(String pointer) {
        return pointer == null ? "" : (pointer.isEmpty() ? "/" : pointer) + ": ";
    }

    private static Where place(Map<String, Where> sources, String pointer) {
        for (String at = pointer; !at.isEmpty(); at = at.substring(0, at.lastIndexOf('/'))) {
            Where where = sources.get(at);
            if (where != null) {
                return where;
            }
        }
        return new Where("import", 0, 0);
    }

    private void read(InputFile input, Estate estate) {
        Report report = estate.report;
        String name = input.name();
        switch (input.format()) {
            case DXL -> {
                List<DxlNote> notes = new ArrayList<>();
                List<DxlReader.AclEntry> entries = new ArrayList<>();
                List<Where> acls = new ArrayList<>();
                if (new DxlReader(limits).read(input, notes::add, acls::add, entries::add, report)) {
                    // Taken only once the whole file has been read, so a file that breaks off adds nothing.
                    DxlDocuments documents = new DxlDocuments(estate);
                    // Only the Directory's ACL is the Directory ACL; cldbdir.nsf's, exported alongside, is not.
                    boolean directory = notes.stream().anyMatch(DxlDocuments::isDirectoryDocument);
                    if (!acls.isEmpty() && !directory) {
                        report.note(acls.get(0), Report.NOTE, "the ACL of a database without Server, Group or "
                                + "Domain documents is not the Domino Directory's: not imported");
                    }
                    boolean acl = !acls.isEmpty() && directory && estate.acl(acls.get(0));
                    entries.forEach(e -> documents.acl(e, acl));
                    notes.forEach(documents::take);
                    report.input(name, documents.summary());
                }
            }
            case NOTES_INI -> {
                List<String> lines = TextLines.of(input, limits, report);
                String what = lines == null ? null : new IniReader(estate).read(name, lines);
                if (what != null) {
                    report.input(name, what);
                }
            }
            case CONSOLE -> {
                List<String> lines = TextLines.of(input, limits, report);
                if (lines != null && ConsoleReader.isConsole(lines)) {
                    report.input(name, new ConsoleReader(estate).read(name, lines));
                } else if (lines != null) {
                    report.unreadable(name, 1, 1, Report.UNKNOWN_INPUT, "expected a DXL export (names.nsf or "
                            + "cldbdir.nsf), `show cluster` or `show stat` console text, or a NOTES.INI file, found "
                            + "text that is none of these, starting " + TextLines.shown(firstLine(lines)));
                }
            }
            default -> throw new IllegalStateException("unknown format");
        }
    }

    private static String firstLine(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }

    /** Every file named, and every file under each folder named (hidden ones aside), folders in path order. */
    private static List<Path> files(List<Path> inputs, Report report) {
        List<Path> out = new ArrayList<>();
        for (Path path : inputs) {
            if (!Files.isDirectory(path)) {
                out.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                Map<String, Path> sorted = new TreeMap<>();
                walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .forEach(f -> sorted.put(path.relativize(f).toString().replace('\\', '/'), f));
                out.addAll(sorted.values());
            } catch (IOException | UncheckedIOException e) {
                report.unreadable(path.toString(), 0, 0, Report.IO, "cannot list the folder: " + e.getMessage());
            }
        }
        return out;
    }

    private static String listed(List<String> names) {
        if (names.size() <= 6) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more inputs";
    }

    private static String json(FactTreeBuilder.Built built) {
        ObjectNode root = built.root().deepCopy();
        ObjectNode sources = root.putObject("sources");
        built.sources().forEach((pointer, where) -> sources.put(pointer, where.shortly()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built here always serialises", e);
        }
    }
}
