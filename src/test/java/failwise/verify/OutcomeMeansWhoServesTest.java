package failwise.verify;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.bench.Generator;
import failwise.bench.Size;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.model.Conclusion;
import failwise.model.FailoverDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a decision's outcome says about who serves, over every golden case and a generated estate of every action:
 * SERVED means the server the request is aimed at serves it (for a new database, the template server), FAILOVER
 * that another server does, FAILS that none does. A headline "SERVED, served by" another server would mislead.
 */
class OutcomeMeansWhoServesTest {
    private static RuleBase rules;

    @TempDir
    static Path dir;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    @Test
    void everyDecisionOfTheGoldenCasesAndOfAGeneratedEstateNamesWhoServesAsItsOutcomeSays() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> cases = Files.walk(Path.of("test-facts"))) {
            cases.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted()
                    .forEach(files::add);
        }
        Path generated = dir.resolve("estate.json");
        Files.writeString(generated, new Generator(Size.times(1).withServers(60).withReplicas(600)
                .withRequests(600)).file(1, 1));
        files.add(generated);
        CaseRunner runner = new CaseRunner(rules, false);
        List<String> actionsDecided = new ArrayList<>();
        int decisions = 0;
        for (Path file : files) {
            CaseResult result = runner.run(file);
            assertThat(result.evaluation()).as(file.toString()).isNotNull();
            for (Conclusion c : result.evaluation().conclusions()) {
                if (!(c instanceof FailoverDecision d)) {
                    continue;
                }
                decisions++;
                actionsDecided.add(d.action());
                String what = file + ": " + d;
                switch (d.outcome()) {
                    case "SERVED" -> assertThat(d.servedBy()).as(what).isEqualTo(d.server());
                    case "FAILOVER" -> assertThat(d.servedBy()).as(what).isNotNull().isNotEqualTo(d.server());
                    case "FAILS" -> assertThat(d.servedBy()).as(what).isNull();
                    default -> throw new AssertionError("an outcome no decision should have: " + what);
                }
            }
        }
        assertThat(decisions).isGreaterThan(500);
        assertThat(actionsDecided).contains("CREATE_FROM_TEMPLATE", "OPEN_DATABASE", "REPLICATE", "ROUTE_MAIL");
    }

    @Test
    void aNewDatabaseIsServedByItsTemplateServerNotByTheServerItIsCreatedOn() throws Exception {
        Path file = dir.resolve("template.json");
        Files.writeString(file, """
                {"servers": [{"name": "App1/Acme", "cluster": "Apps", "availabilityIndex": 5,
                              "notesIni": {"Server_Availability_Threshold": "50"}},
                             {"name": "App2/Acme", "cluster": "Apps", "availabilityIndex": 90},
                             {"name": "Mail1/Acme", "cluster": "Mail"}],
                 "replicas": [{"server": "App1/Acme", "path": "templates/crm.ntf", "replicaId": "TPL01"},
                              {"server": "App2/Acme", "path": "templates/crm.ntf", "replicaId": "TPL01"}],
                 "requests": [{"id": "new-db", "action": "CREATE_FROM_TEMPLATE", "server": "Mail1/Acme",
                               "templateServer": "App1/Acme", "database": "templates/crm.ntf"}]}
                """);
        CaseResult result = new CaseRunner(rules, false).run(file);
        assertThat(result.evaluation().conclusions()).filteredOn(FailoverDecision.class::isInstance)
                .singleElement().satisfies(c -> {
                    FailoverDecision d = (FailoverDecision) c;
                    assertThat(d.server()).isEqualTo("CN=App1/O=Acme");
                    assertThat(d.outcome()).isEqualTo("SERVED");
                    assertThat(d.servedBy()).isEqualTo("CN=App1/O=Acme");
                });
    }
}
