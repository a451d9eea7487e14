package failwise.report;

import java.util.List;

/**
 * One row of the failure-impact table: with {@code downServers} lost, the outcome of the conclusion {@code type}
 * about {@code subject} changes from {@code before} to {@code after} (null: no such conclusion), {@code worse}
 * when that hurts the user. {@code whyId} is the anchor of the conclusion's why tree, when the page has one.
 */
public record ImpactRow(List<String> downServers, String type, String subject, String before, String after,
                        boolean worse, String whyId) {
    public ImpactRow {
        downServers = List.copyOf(downServers);
    }

    ImpactRow withWhy(String id) {
        return new ImpactRow(downServers, type, subject, before, after, worse, id);
    }
}
