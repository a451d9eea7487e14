package failwise.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.model.AclEntry;
import failwise.model.Expectation;
import failwise.model.ForeignDomainDocument;
import failwise.model.Group;
import failwise.model.GroupMember;
import failwise.model.IniSetting;
import failwise.model.InputFact;
import failwise.model.Problem;
import failwise.model.Replica;
import failwise.model.Request;
import failwise.model.Scenario;
import failwise.model.Server;
import failwise.model.Snapshot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoodFactsTest {

    private static final String MAIL1 = "CN=Mail1/O=Acme";
    private static final String MAIL2 = "CN=Mail2/OU=Sales/O=Acme/C=US";
    private static final String HUB = "CN=Hub/O=Acme";
    private static final String JANE = "CN=Jane Doe/O=Acme";

    private final FactLoader loader = new FactLoader();

    @Test
    void theCompleteJsonFileGivesEveryFactInFileOrder() throws URISyntaxException {
        LoadResult result = loader.load(goodFacts("complete.json"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        Snapshot snapshot = result.snapshot();
        assertThat(snapshot.source()).endsWith("complete.json");
        assertThat(snapshot.facts()).containsExactlyElementsOf(expectedFacts());
        assertThat(snapshot.expectations()).containsExactlyElementsOf(expectedExpectations());
        assertThat(snapshot.writtenNames()).isEqualTo(
                Map.of(MAIL1, "Mail1/Acme", MAIL2, "CN=Mail2/OU=Sales/O=Acme/C=US", HUB, "Hub/Acme"));
    }

    @Test
    void theSameFileInYamlGivesTheSameSnapshot() throws URISyntaxException {
        Snapshot json = loader.load(goodFacts("complete.json")).snapshot();
        LoadResult yaml = loader.load(goodFacts("complete.yaml"));

        assertThat(yaml.problems()).isEmpty();
        assertThat(yaml.snapshot()).isEqualTo(new Snapshot(yaml.snapshot().source(), json.facts(), json.expectations(),
                json.writtenNames()));
    }

    @Test
    void absentFieldsTakeTheContractDefaults() {
        LoadResult result = loader.parse("defaults.json", """
                { "servers": [ { "name": "Mail1" } ],
                  "replicas": [ { "server": "mail1", "path": "a.nsf", "replicaId": "R1" } ],
                  "groups": [ { "name": "Empty" } ],
                  "foreignDomains": [ { "id": "d", "domain": "D", "gatewayServer": "Mail1", "modified": "2024-05-01T10:00:00Z" } ],
                  "requests": [ { "id": "r", "action": "OPEN_DATABASE" } ] }
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.snapshot().facts()).containsExactly(
                new Scenario(null, null, false, ""),
                new Server("Mail1", null, "UP", 100, 0, "LAST_HOP_ONLY", null, "/servers/0"),
                new Replica("Mail1", "a.nsf", "R1", "IN_SERVICE", "/replicas/0"),
                new Group("Empty", "MULTI_PURPOSE", List.of(), "/groups/0"),
                new ForeignDomainDocument("d", "D", "Mail1", "Mail1", Instant.parse("2024-05-01T10:00:00Z"),
                        List.of(), List.of(), null, "/foreignDomains/0"),
                new Request("r", "OPEN_DATABASE", null, null, null, false, false, null, true, null, null, "/requests/0"));
        assertThat(result.snapshot().expectations()).isEmpty();
    }

    @Test
    void abbreviatedAndCanonicalSpellingsNameOneServer() {
        LoadResult result = loader.parse("names.json", """
                { "servers": [ { "name": "Mail1/Acme" } ],
                  "replicas": [ { "server": "CN=mail1/O=ACME", "path": "a.nsf", "replicaId": "R1" } ],
                  "directoryAcl": [ { "name": " cn=MAIL1 / o=acme ", "roles": [] } ] }
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.snapshot().facts()).contains(
                new Replica(MAIL1, "a.nsf", "R1", "IN_SERVICE", "/replicas/0"),
                new AclEntry(MAIL1, List.of(), "/directoryAcl/0"));
        assertThat(result.snapshot().facts().get(0)).isEqualTo(new Scenario(null, null, true, ""));
    }

    @Test
    void anEmptyDirectoryAclIsStillGiven() {
        Snapshot snapshot = loader.parse("acl.yaml", "directoryAcl: []\n").snapshot();

        assertThat(snapshot.facts()).containsExactly(new Scenario(null, null, true, ""));
    }

    @Test
    void aNullExpectationValueIsKept() {
        // "servedBy": null means "served by no server": a check, not a defect.
        LoadResult result = loader.parse("null.json", """
                { "expect": [ { "type": "FailoverDecision", "servedBy": null } ] }
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.snapshot().expectations().get(0).fields()).containsEntry("servedBy", null);
    }

    @Test
    void aTreeWithoutTextIsCheckedTooAndPlacedByItsLocator() {
        ObjectNode tree = new ObjectMapper().createObjectNode().put("servers", 3);

        assertThat(loader.fromTree("edit", tree, null).problems()).extracting(Problem::render)
                .containsExactly("edit: wrong-type: /servers: expected an array, found `3`");
        assertThat(loader.fromTree("edit", tree, pointer -> new int[] {5, 7}).problems()).extracting(Problem::render)
                .containsExactly("edit:5:7: wrong-type: /servers: expected an array, found `3`");
    }

    private static List<InputFact> expectedFacts() {
        String ini = "/servers/0/notesIni/";
        return List.of(
                new Scenario("Busy home server", "Every kind of fact the loader reads", true, ""),
                new Server(MAIL1, "Mail", "UP", 20, 150, "LAST_HOP_ONLY", List.of("router", "calconn"), "/servers/0"),
                new IniSetting(MAIL1, "Server_Availability_Threshold", "SERVER_AVAILABILITY_THRESHOLD", "30", 30,
                        ini + "Server_Availability_Threshold"),
                new IniSetting(MAIL1, "Server_Restricted", "SERVER_RESTRICTED", "1", 1, ini + "Server_Restricted"),
                new IniSetting(MAIL1, "MailClusterFailover", "MAILCLUSTERFAILOVER", "true", null, ini + "MailClusterFailover"),
                new IniSetting(MAIL1, "Log_Path", "LOG_PATH", "d:\\logs", null, ini + "Log_Path"),
                new Server(MAIL2, "Mail", "DOWN", 100, 0, "ALL_TRANSFERS", null, "/servers/1"),
                new Server(HUB, null, "UNREACHABLE", 100, 0, "LAST_HOP_ONLY", null, "/servers/2"),
                new Replica(MAIL1, "mail/jdoe.nsf", "85257A3B:0012AB34", "IN_SERVICE", "/replicas/0"),
                new Replica(MAIL2, "mail/jdoe.nsf", "85257A3B:0012AB34", "OUT_OF_SERVICE", "/replicas/1"),
                new Group("Admins", "ACL_ONLY", List.of(JANE, "Helpdesk", "LocalDomainAdmins"), "/groups/0"),
                new GroupMember("Admins", JANE, "/groups/0/members/0"),
                new GroupMember("Admins", "Helpdesk", "/groups/0/members/1"),
                new GroupMember("Admins", "LocalDomainAdmins", "/groups/0/members/2"),
                new Group("Helpdesk", "MULTI_PURPOSE", List.of("*/O=Acme", HUB), "/groups/1"),
                new GroupMember("Helpdesk", "*/O=Acme", "/groups/1/members/0"),
                new GroupMember("Helpdesk", HUB, "/groups/1/members/1"),
                new AclEntry("LocalDomainServers", List.of("[NetModifier]", "[NetCreator]"), "/directoryAcl/0"),
                new AclEntry(HUB, List.of("[ServerModifier]"), "/directoryAcl/1"),
                new AclEntry("Admins", List.of(), "/directoryAcl/2"),
                new ForeignDomainDocument("btex-1", "BTEx", HUB, HUB, Instant.parse("2024-05-01T10:00:00Z"),
                        List.of("DominoA/Acme", "LocalDomainServers"), List.of("[NetModifier]"), List.of("[NetModifier]"),
                        "/foreignDomains/0"),
                new ForeignDomainDocument("btex-2", "BTEx", "CN=Gone/O=Acme", MAIL1, Instant.parse("2024-06-01T10:00:00Z"),
                        List.of(), List.of(), null, "/foreignDomains/1"),
                new Request("open-mail", "OPEN_BOOKMARK", MAIL1, "mail/jdoe.nsf", JANE, true, true, null, true, null, null,
                        "/requests/0"),
                new Request("route", "ROUTE_MAIL", MAIL1, null, null, false, false, HUB, false, null, "BTEx", "/requests/1"),
                new Request("new-db", "CREATE_FROM_TEMPLATE", MAIL1, null, null, false, false, null, true, MAIL2, null,
                        "/requests/2"));
    }

    private static List<Expectation> expectedExpectations() {
        return List.of(
                new Expectation(Map.of("type", "FailoverDecision", "request", "open-mail", "outcome", "FAILOVER",
                        "servedBy", "Mail2/Acme", "causes", List.of("SERVER_BUSY"), "count", 2, "big", 5_000_000_000L,
                        "ratio", 0.5, "nested", Map.of("a", Arrays.asList(1, null))), false, false, "/expect/0"),
                new Expectation(Map.of("type", "ConsoleMessage", "server", "Hub/Acme"), true, false, "/expect/1"));
    }

    private static Path goodFacts(String name) throws URISyntaxException {
        return Path.of(GoodFactsTest.class.getResource("/good-facts/" + name).toURI());
    }
}
