package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Loads fact files (JSON, or YAML by extension) into {@link failwise.model.Snapshot}s, or reports every problem
 * of a file as one located line each; it never throws for bad input. Reuse one loader: it is thread-safe.
 */
public final class FactLoader {

    /** The largest byte array the JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final Limits limits;
    private final Parsers parsers;
    private final boolean keepTrees;

    /** A loader with {@link Limits#defaults()}. */
    public FactLoader() {
        this(Limits.defaults());
    }

    public FactLoader(Limits limits) {
        this(limits, false);
    }

    private FactLoader(Limits limits, boolean keepTrees) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parsers = Parsers.of(limits);
        this.keepTrees = keepTrees;
    }

    /**
     * The same loader, also keeping each valid file's parsed tree in its {@link LoadResult}, so that changed copies
     * can be made from what was read once instead of reading the file again.
     */
    public FactLoader keepingTrees() {
        return keepTrees ? this : new FactLoader(limits, true);
    }

    /** Loads {@code file}; its path as given names it in messages, and an unreadable file is a problem too. */
    public LoadResult load(Path file) {
        String source = String.valueOf(file);
        try {
            String kind = FileKind.unlessRegular(file);
            if ("a directory".equals(kind)) {
                // A batch hands over a folder it could not list, for this line to say why.
                IOException unlisted = unlisted(file);
                return single(source, 0, Issues.IO, unlisted == null ? "expected a file, found a directory"
                        : "cannot list the folder: " + reason(unlisted));
            } else if (kind != null) {
                // Never opened: a named pipe would block the run until something writes to it.
                return single(source, 0, Issues.IO, "expected a regular file, found " + kind);
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return tooLarge(source, size + " bytes");
            }
            // A device, a pipe or a growing file may hold more than its size said: never read past the limit.
            int cap = (int) Math.min(limits.maxFileBytes() + 1, MAX_ARRAY);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(cap);
            }
            return bytes.length > limits.maxFileBytes() || bytes.length == MAX_ARRAY
                    ? tooLarge(source, "more than " + limits.maxFileBytes() + " bytes") : read(Input.of(source, bytes));
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return single(source, 0, Issues.IO, "cannot read the file: " + reason(e));
        }
    }

    /** Loads {@code text}; {@code source} names it in messages and its extension picks the format (JSON unless .yaml/.yml). */
    public LoadResult parse(String source, String text) {
        String name = source == null ? "<input>" : source;
        String body = text == null ? "" : text;
        long size = utf8Length(body);
        return size > limits.maxFileBytes() ? tooLarge(name, size + " bytes") : read(Input.of(name, body));
    }

    /** Checks and converts a tree parsed elsewhere (a what-if edit); {@code locator} places problems, may be null. */
    public LoadResult fromTree(String source, JsonNode root, Locator locator) {
        String name = source == null ? "<input>" : source;
        if (root == null || root.isMissingNode()) {
            return single(name, 1, Issues.SYNTAX, "expected a JSON object, found an empty file");
        }
        // The parser holds text to the limits; a tree edited elsewhere (a value given with --set) is held here.
        Issues over = TreeLimits.check(root, limits);
        return over != null ? LoadResult.failed(over.toProblems(name, locator)) : convert(name, root, locator);
    }

    private LoadResult convert(String name, JsonNode root, Locator locator) {
        try {
            return Conversion.run(name, root, locator, limits);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of the loader must not stop a batch of 10,000 files; say it is ours, not the file's.
            return single(name, 0, Issues.INTERNAL, "the loader failed on this file: " + SyntaxMessages.clean(String.valueOf(e)));
        }
    }

    private LoadResult read(Input input) {
        try {
            return readChecked(input);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return single(input.source(), 0, Issues.INTERNAL,
                    "the loader failed on this file: " + SyntaxMessages.clean(String.valueOf(e)));
        }
    }

    private LoadResult readChecked(Input input) throws IOException {
        Issues refused = input.yaml() ? YamlGuard.check(input, limits) : null;
        if (refused != null) {
            return LoadResult.failed(refused.toProblems(input.source(), null));
        }
        JsonNode root;
        try {
            root = parsers.readTree(input);
        } catch (Exception | StackOverflowError e) {
            Issues issues = new Issues();
            Diagnosis.explain(parsers, limits, input, e, issues);
            return LoadResult.failed(issues.toProblems(input.source(), null));
        }
        if (root == null || root.isMissingNode()) {
            String expected = input.yaml() ? "a YAML mapping" : "a JSON object";
            return single(input.source(), 1, Issues.SYNTAX, "expected " + expected + ", found an empty file");
        }
        Issues unsupported = input.yaml() ? YamlFeatures.check(parsers, input) : null;
        if (unsupported != null) {
            return LoadResult.failed(unsupported.toProblems(input.source(), null));
        }
        if (input.yaml() && Diagnosis.hasOverlongString(root, limits.maxStringLength())) {
            Issues issues = new Issues();
            Diagnosis.explain(parsers, limits, input, null, issues);
            return LoadResult.failed(issues.toProblems(input.source(), null));
        }
        LoadResult loaded = convert(input.source(), root, new TextLocator(parsers, input));
        return keepTrees && loaded.ok() ? new LoadResult(loaded.snapshot(), List.of(), root) : loaded;
    }

    private LoadResult tooLarge(String source, String found) {
        return single(source, 0, Issues.LIMIT,
                "expected a file of at most " + limits.maxFileBytes() + " bytes, found " + found);
    }

    private static LoadResult single(String source, int line, String code, String message) {
        return LoadResult.failed(List.of(new Problem(source, line, line, "", code, message)));
    }

    /** Why a folder's entries cannot be read, or null when they can. */
    private static IOException unlisted(Path folder) {
        try (var entries = Files.newDirectoryStream(folder)) {
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof OutOfMemoryError) {
            return "not enough memory";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return SyntaxMessages.clean(f.getReason().toLowerCase(java.util.Locale.ROOT));
        }
        return SyntaxMessages.clean(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The UTF-8 size of {@code text}, computed exactly only when it could matter. */
    private long utf8Length(String text) {
        // A UTF-16 unit is at most 3 UTF-8 bytes, so a text this short is surely within the limit.
        if ((long) text.length() * 3 <= limits.maxFileBytes()) {
            return text.length();
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
