package failwise.engine;

import failwise.model.Offered;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Query;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * The values a pack offers for the fields of a fact file: the rows of its queries named
 * {@code values of <Type>.<field>}, each binding {@code $value} and {@code $meaning}, asked on a session that fired
 * without facts (so what rules derive from nothing, such as the action catalogue, is there to be asked).
 */
public final class OfferedValues {
    /** The name every such query starts with. */
    public static final String PREFIX = "values of ";

    private OfferedValues() {
    }

    /** By {@code Type.field}, in the order of the query names; each field's values once, sorted. */
    public static Map<String, List<Offered>> of(RuleBase rules) {
        TreeSet<String> names = new TreeSet<>();
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Query query : pkg.getQueries()) {
                if (query.getName().startsWith(PREFIX)) {
                    names.add(query.getName());
                }
            }
        }
        Map<String, List<Offered>> offered = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return offered;
        }
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.fireAllRules((int) Evaluator.BASE_FIRINGS);
            for (String name : names) {
                // Sorted by value: rows of facts come in no fixed order, and the schema must print the same each time.
                TreeMap<String, Offered> rows = new TreeMap<>();
                for (QueryResultsRow row : session.getQueryResults(name)) {
                    String value = String.valueOf(row.get("$value"));
                    Object meaning = row.get("$meaning");
                    rows.putIfAbsent(value, new Offered(value, meaning == null ? "" : meaning.toString()));
                }
                offered.put(name.substring(PREFIX.length()), List.copyOf(rows.values()));
            }
        } finally {
            session.dispose();
        }
        return offered;
    }
}
