package failwise.batch;

import java.io.PrintWriter;

/** The formats a batch report can be written in, by the name {@code --format} takes. */
public enum ReportFormat {
    TEXT, JSON, JUNIT;

    /** A writer of this format onto {@code out}. */
    public ResultFormat open(PrintWriter out) {
        return switch (this) {
            case TEXT -> new TextFormat(out);
            case JSON -> new JsonFormat(out);
            case JUNIT -> new JUnitFormat(out);
        };
    }
}
