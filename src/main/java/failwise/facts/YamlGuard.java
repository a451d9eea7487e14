package failwise.facts;

/**
 * Refuses YAML text SnakeYAML would take too long over or cannot place. SnakeYAML re-copies its buffer while it
 * scans one token, so scanning time grows with the square of a token's length; a run of non-blank characters far
 * beyond the string limit (a token can be no longer than its run) is refused before parsing, with a linear scan.
 * SnakeYAML also reports bytes that are not UTF-8 and characters YAML does not allow (a NUL) at the start of the
 * file or with a Java exception's words; the same scan finds the first of them and says where it is.
 */
final class YamlGuard {

    private YamlGuard() {
    }

    /** The longest run allowed: ample for any string within the limit, and scanned in a few milliseconds. */
    static long maxRun(Limits limits) {
        return 4L * limits.maxStringLength();
    }

    /**
     * A syntax problem at the first byte that is not UTF-8 or the first character YAML does not allow, else a limit
     * problem when {@code input} holds a run longer than {@link #maxRun}, else null.
     */
    static Issues check(Input input, Limits limits) {
        Issues characters = characters(input);
        return characters != null ? characters : runs(input, limits);
    }

    private static Issues characters(Input input) {
        String text = input.text();
        byte[] bytes = input.bytes();
        int length = text != null ? text.length() : bytes.length;
        int line = 1;
        int column = 1;
        for (int i = 0; i < length; ) {
            int c;
            int width;
            if (text != null) {
                c = text.codePointAt(i);
                width = Character.charCount(c);
            } else {
                width = utf8Width(bytes, i);
                if (width == 0) {
                    return problem(line, column, String.format("expected UTF-8 text, found the byte 0x%02X",
                            bytes[i] & 0xFF));
                }
                c = codePoint(bytes, i, width);
            }
            if (!allowed(c)) {
                return problem(line, column, "expected YAML text, found the control character " + Shown.codePoint(c));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += width;
        }
        return null;
    }

    /** The characters YAML 1.1 allows in a stream (its c-printable set). */
    private static boolean allowed(int c) {
        // U+FEFF, a byte order mark, is in the range and SnakeYAML skips it at the start.
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** How many bytes the well-formed UTF-8 character at {@code i} takes, or 0 when the bytes there are not one. */
    private static int utf8Width(byte[] b, int i) {
        int first = b[i] & 0xFF;
        if (first < 0x80) {
            return 1;
        }
        int width = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3
                : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
        if (width == 0 || i + width > b.length) {
            return 0;
        }
        for (int k = 1; k < width; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        int second = b[i + 1] & 0xFF;
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        boolean bad = first == 0xE0 && second < 0xA0 || first == 0xED && second > 0x9F
                || first == 0xF0 && second < 0x90 || first == 0xF4 && second > 0x8F;
        return bad ? 0 : width;
    }

    private static int codePoint(byte[] b, int i, int width) {
        if (width == 1) {
            return b[i];
        }
        int c = b[i] & (0xFF >> (width + 1));
        for (int k = 1; k < width; k++) {
            c = c << 6 | b[i + k] & 0x3F;
        }
        return c;
    }

    private static Issues problem(int line, int column, String message) {
        Issues issues = new Issues();
        issues.addAt("", Issues.SYNTAX, message, line, column);
        return issues;
    }

    private static Issues runs(Input input, Limits limits) {
        long max = maxRun(limits);
        int length = input.bytes() != null ? input.bytes().length : input.text().length();
        long run = 0;
        long longest = 0;
        int line = 1;
        int lineStart = 0;
        int[] at = null;
        for (int i = 0; i < length; i++) {
            int c = input.bytes() != null ? input.bytes()[i] : input.text().charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                run = 0;
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            } else if (++run > longest) {
                longest = run;
                if (longest == max + 1 && at == null) {
                    at = new int[] {line, (int) (i - max - lineStart + 1)};
                }
            }
        }
        if (at == null) {
            return null;
        }
        Issues issues = new Issues();
        issues.addAt("", Issues.LIMIT, "expected at most " + max + " characters in a row without a blank, found "
                + longest, at[0], at[1]);
        return issues;
    }
}
