package failwise.report;

import java.util.List;

/**
 * One row of the failure-impact table: with {@code downServers} lost, the conclusion {@code type}
 * about {@code subject} changes from {@code before} to {@code after}.
 */
public record ImpactRow(List<String> downServers, String type, String subject, String before, String after) {
    public ImpactRow {
        downServers = List.copyOf(downServers);
    }
}
