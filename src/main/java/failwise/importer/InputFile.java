package failwise.importer;

import failwise.facts.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One input of an import, read whole within the size limit of fact files, and what its content says it is: XML
 * (DXL), a NOTES.INI file, or console text. The name of the file plays no part.
 */
record InputFile(String name, byte[] bytes) {
    enum Format { DXL, NOTES_INI, CONSOLE }

    /** A NOTES.INI line: {@code key=value}, no blank before the {@code =}; console statistics put blanks around it. */
    private static final Pattern INI_LINE = Pattern.compile("[A-Za-z$_][^=\\s]*=.*");

    /** Reads {@code file}, or reports why not and returns null. */
    static InputFile read(Path file, Limits limits, Report report) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                report.unreadable(name, 0, 0, Report.IO, "expected a file, found a directory");
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > limits.maxFileBytes()) {
                report.unreadable(name, 0, 0, Report.LIMIT, "expected a file of at most " + limits.maxFileBytes()
                        + " bytes, found more");
                return null;
            }
            return new InputFile(name, bytes);
        } catch (NoSuchFileException e) {
            report.unreadable(name, 0, 0, Report.IO, "cannot read the file: no such file");
        } catch (AccessDeniedException e) {
            report.unreadable(name, 0, 0, Report.IO, "cannot read the file: permission denied");
        } catch (IOException | SecurityException e) {
            report.unreadable(name, 0, 0, Report.IO, "cannot read the file: " + e.getMessage());
        }
        return null;
    }

    /** What the content is: XML when its first character is {@code <}, NOTES.INI when its first line is one. */
    Format format() {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        int at = 0;
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            at = 3; // the UTF-8 byte-order mark, read as Latin-1
        } else if (head.startsWith("\u00FE\u00FF") || head.startsWith("\u00FF\u00FE")) {
            return Format.DXL; // only XML comes in UTF-16 here; the XML parser reads its mark
        }
        while (at < head.length() && Character.isWhitespace(head.charAt(at))) {
            at++;
        }
        if (at < head.length() && head.charAt(at) == '<') {
            return Format.DXL;
        }
        for (String line : head.substring(at).split("\r?\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith(";")) {
                continue;
            }
            return trimmed.toLowerCase(Locale.ROOT).startsWith("[notes]") || INI_LINE.matcher(trimmed).matches()
                    ? Format.NOTES_INI : Format.CONSOLE;
        }
        return Format.CONSOLE;
    }

    /** The content as text: UTF-8, where NOTES.INI's LMBCS and a console's ASCII agree on every key import reads. */
    String text() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
