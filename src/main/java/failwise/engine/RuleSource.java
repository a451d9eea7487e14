package failwise.engine;

import failwise.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the rule files to compile: the folder given with {@code --rules}, else {@code ./rules}, else the pack
 * bundled in the jar, as the command-line contract says.
 */
public final class RuleSource {
    static final String BUNDLED = "failwise/bundled-rules";

    private final String description;
    private final List<RuleFile> files;
    private final Path directory;

    private RuleSource(String description, List<RuleFile> files, Path directory) {
        this.description = description;
        this.files = List.copyOf(files);
        this.directory = directory;
    }

    /** The rules a run uses: {@code option} when given, else {@code ./rules} under {@code cwd}, else the bundled pack. */
    public static RuleSource locate(Path option, Path cwd) throws IOException {
        if (option != null) {
            if (!Files.isDirectory(option)) {
                throw new IOException(option + ": expected a folder of .drl rule files, found "
                        + (Files.exists(option) ? "a file" : "nothing"));
            }
            return directory(option);
        }
        Path local = cwd.resolve("rules");
        if (Files.isDirectory(local)) {
            return directory(cwd.relativize(local).toString().isEmpty() ? local : Path.of("rules"));
        }
        return bundled();
    }

    /** Every {@code .drl} file under {@code dir}, in path order. */
    public static RuleSource directory(Path dir) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList()) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                files.add(new RuleFile(p.toString(), relative, text(p.toString(), Files.readAllBytes(p))));
            }
        }
        return new RuleSource("rules folder " + dir, files, dir);
    }

    /** The copy of the rule pack that was packed into the jar at build time. */
    public static RuleSource bundled() throws IOException {
        URL index = RuleSource.class.getClassLoader().getResource(BUNDLED);
        if (index == null) {
            return new RuleSource("bundled rules (none found)", List.of(), null);
        }
        try {
            URI uri = index.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return named(fs.getPath(BUNDLED), "bundled rules");
            }
            return named(Path.of(uri), "bundled rules");
        } catch (URISyntaxException | UncheckedIOException e) {
            throw new IOException("cannot read the bundled rules: " + e.getMessage(), e);
        }
    }

    private static RuleSource named(Path dir, String description) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String relative = dir.relativize(p).toString();
                try (InputStream in = Files.newInputStream(p)) {
                    String shown = "(bundled)/" + relative;
                    files.add(new RuleFile(shown, relative, text(shown, in.readAllBytes())));
                }
            }
        }
        return new RuleSource(description, files, null);
    }

    /**
     * A rule file's text: UTF-8, with a leading byte order mark dropped (as an editor on Windows may write it, and as
     * fact files allow); anything else is a {@link RuleFileException} at the line and column of the first byte that
     * is not UTF-8.
     */
    static String text(String shown, byte[] bytes) throws RuleFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++; // a continuation byte is part of the character before it
                }
            }
            throw new RuleFileException(new Problem(shown, line, column, null, "rule-encoding", String.format(
                    "expected UTF-8 text, found the byte 0x%02X; save the file as UTF-8", bytes[at] & 0xFF)));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public String description() {
        return description;
    }

    /** Every rule file found, why-not-only ones included (what {@code check} and {@code watch} read). */
    public List<RuleFile> files() {
        return files;
    }

    /** What a command needs of the rule pack. */
    public enum Pack {
        /** The conclusions only: the files marked why-not only ({@link RuleFile#whyNotOnly()}) are left out. */
        CONCLUSIONS,
        /** Also the facts of why-not (obstacles and remedies): every file. */
        WHY_NOT
    }

    /** The files {@code pack} is built from, in path order. */
    public List<RuleFile> files(Pack pack) {
        return pack == Pack.WHY_NOT ? files : files.stream().filter(f -> !f.whyNotOnly()).toList();
    }

    /** The folder the rules were read from, or null for the bundled pack (used by {@code watch}). */
    public Path directory() {
        return directory;
    }
}
