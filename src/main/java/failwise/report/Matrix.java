package failwise.report;

import java.util.List;
import java.util.Map;

/**
 * The server × request matrix of one file: a row per decision, mail route or free/busy lookup (and per request
 * nothing was concluded about), a column per server any row involves, and in each cell what that server did.
 */
public record Matrix(List<Column> columns, List<Row> rows) {

    /** How a cell or an outcome reads at a glance; always shown with words as well as colour. */
    public enum Tone { OK, SHIFTED, BAD, ROLE }

    /** A server column: its name as written, its state and cluster (null when none). */
    public record Column(String key, String name, String state, String cluster) {
    }

    /** One thing a server did for the row: {@code label} in a word or two, {@code note} the detail. */
    public record Part(String label, String note, Tone tone) {
    }

    /**
     * One request's conclusion: the outcome, the server that served it (null when none), the detail (causes,
     * reason, document), the anchor of its why tree, and the cells by column key.
     */
    public record Row(String request, String action, String type, String outcome, Tone tone, String servedBy,
                      String detail, String whyId, Map<String, List<Part>> cells) {
    }
}
