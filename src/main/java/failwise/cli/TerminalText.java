package failwise.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The writer every command prints through: text from a fact file (a server name, a request id, a title) reaches
 * the terminal only as text. Control characters a terminal acts on (ESC, which colours text or moves the cursor;
 * a carriage return or a backspace that overwrites what was printed) are written escaped, {@code \\u001b}, as the
 * error lines already write them; a tab and the line breaks failwise prints stay. A line printed with
 * {@link #println(String)} on the standard output is one line: a line break inside it (a name holding
 * {@code \\n} would forge a line of output) is escaped too, so print a text of several lines line by line, or with
 * {@code print}.
 */
final class TerminalText extends PrintWriter {
    private final boolean oneLine;

    private TerminalText(Writer out, boolean oneLine) {
        super(out, true);
        this.oneLine = oneLine;
    }

    /** For the standard output: each {@code println} is one line. */
    static PrintWriter output(Writer out) {
        return new TerminalText(out, true);
    }

    /**
     * For the error output, whose lines are escaped where they are made (a problem names the place in the file)
     * and where a message of several problems is printed at once.
     */
    static PrintWriter errors(Writer out) {
        return new TerminalText(out, false);
    }

    @Override
    public void write(String s, int off, int len) {
        String part = s.substring(off, off + len);
        String safe = escape(part, false);
        super.write(safe, 0, safe.length());
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void println(String line) {
        synchronized (lock) {
            super.write(escape(String.valueOf(line), oneLine));
            println();
        }
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }

    /** {@code text} with the characters a terminal would act on escaped; line breaks too when {@code oneLine}. */
    static String escape(String text, boolean oneLine) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean acts = c == '\n' ? oneLine : c != '\t' && (c < 0x20 || c >= 0x7F && c <= 0x9F);
            if (acts && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (!acts) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
