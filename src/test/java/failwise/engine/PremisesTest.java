package failwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.TestFacts;
import failwise.facts.FactLoader;
import failwise.model.Conclusion;
import failwise.model.Finding;
import failwise.model.GroupMember;
import failwise.model.Request;
import failwise.model.Server;
import failwise.model.Snapshot;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An explanation cites only the facts that took part in its conclusion: a derived fact shared by several requests
 * or servers (an action's class, a group's folded name) is cited with the justification of this conclusion.
 */
class PremisesTest {
    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    @Test
    void noConclusionOfAGoldenCaseCitesTheRequestOfAnother() throws Exception {
        List<Path> cases = TestFacts.all();
        assertThat(cases).hasSizeGreaterThan(10);
        int checked = 0;
        for (Path file : cases) {
            Evaluation ev = evaluate(file);
            Set<String> ids = ev.snapshot().facts().stream().filter(f -> f instanceof Request)
                    .map(f -> ((Request) f).id()).collect(Collectors.toSet());
            for (Conclusion c : ev.conclusions()) {
                String own = requestOf(c, ids);
                if (own != null) {
                    assertThat(requestsCited(ev.because(c))).as(file + ": " + c).containsOnly(own);
                    checked++;
                }
            }
        }
        assertThat(checked).as("conclusions about a request").isGreaterThan(50);
    }

    @Test
    void manyRequestsOfOneActionAndNestedGroupsSharedByManyServersEachCiteOnlyTheirOwn(@TempDir Path dir)
            throws Exception {
        int pairs = 6;
        Path file = dir.resolve("shared.json");
        Files.writeString(file, estate(pairs));
        Evaluation ev = evaluate(file);
        int decisions = 0;
        int lookups = 0;
        int visibilities = 0;
        for (Conclusion c : ev.conclusions()) {
            Because tree = ev.because(c);
            if (c instanceof failwise.model.FailoverDecision d) {
                assertThat(requestsCited(tree)).as(c.toString()).containsOnly(d.request());
                int k = Integer.parseInt(d.request().substring("open".length()));
                assertThat(mailServersCited(tree)).as(c.toString())
                        .allMatch(s -> s.equals(mail(2 * k)) || s.equals(mail(2 * k + 1)));
                decisions++;
            } else if (c instanceof failwise.model.FreeBusyLookup f) {
                assertThat(requestsCited(tree)).as(c.toString()).containsOnly(f.request());
                int k = Integer.parseInt(f.request().substring("freebusy".length()));
                assertThat(mailServersCited(tree)).as(c.toString()).allMatch(s -> s.equals(mail(2 * k + 1)));
                lookups++;
            } else if (c instanceof failwise.model.DocumentVisibility v && v.server().startsWith("CN=Mail")) {
                assertThat(mailServersCited(tree)).as(c.toString()).allMatch(s -> s.equals(v.server()));
                visibilities++;
            }
        }
        assertThat(decisions).isEqualTo(pairs);
        assertThat(lookups).isEqualTo(pairs);
        assertThat(visibilities).isEqualTo(2 * 2 * pairs);
    }

    /** Mail servers in pairs (the even one down), a database open and a free/busy lookup per pair, nested groups. */
    private static String estate(int pairs) {
        List<String> servers = new ArrayList<>();
        List<String> replicas = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (int k = 0; k < pairs; k++) {
            servers.add("{\"name\": \"" + mail(2 * k) + "\", \"cluster\": \"Mail\", \"state\": \"DOWN\", \"tasks\": [\"router\", \"calconn\"]}");
            servers.add("{\"name\": \"" + mail(2 * k + 1) + "\", \"cluster\": \"Mail\", \"tasks\": [\"router\", \"calconn\"]}");
            for (int s : new int[] {2 * k, 2 * k + 1}) {
                replicas.add("{\"server\": \"" + mail(s) + "\", \"path\": \"mail/u" + k + ".nsf\", \"replicaId\": \"85257A3B:00" + (10 + k) + "\"}");
                members.add("\"" + mail(s) + "\"");
            }
            requests.add("{\"id\": \"open" + k + "\", \"action\": \"OPEN_DATABASE\", \"user\": \"U" + k + "/Acme\", \"server\": \""
                    + mail(2 * k) + "\", \"database\": \"mail/u" + k + ".nsf\"}");
            requests.add("{\"id\": \"freebusy" + k + "\", \"action\": \"FREE_TIME_LOOKUP\", \"user\": \"U" + k + "/Acme\", \"server\": \""
                    + mail(2 * k + 1) + "\", \"foreignDomain\": \"BTEx\"}");
        }
        servers.add("{\"name\": \"DominoA/Acme\", \"tasks\": [\"router\", \"calconn\", \"btcal\"]}");
        servers.add("{\"name\": \"DominoB/Acme\", \"tasks\": [\"router\", \"calconn\", \"btcal\"]}");
        return "{\"name\": \"shared facts\", \"servers\": [" + String.join(",\n", servers) + "],\n"
                + "\"replicas\": [" + String.join(",\n", replicas) + "],\n"
                + "\"groups\": [{\"name\": \"AllServers\", \"members\": [\"MailServers\", \"Gateways\"]},\n"
                + "  {\"name\": \"MailServers\", \"members\": [\"EveryMail\"]},\n"
                + "  {\"name\": \"EveryMail\", \"members\": [" + String.join(", ", members) + "]},\n"
                + "  {\"name\": \"Gateways\", \"members\": [\"DominoA/Acme\", \"DominoB/Acme\"]}],\n"
                + "\"foreignDomains\": [{\"id\": \"A\", \"domain\": \"BTEx\", \"gatewayServer\": \"DominoA/Acme\", \"modified\": \"2024-03-02T09:00:00Z\", \"readers\": [\"AllServers\"]},\n"
                + "  {\"id\": \"B\", \"domain\": \"BTEx\", \"gatewayServer\": \"DominoB/Acme\", \"modified\": \"2024-03-01T09:00:00Z\", \"readers\": [\"AllServers\"]}],\n"
                + "\"requests\": [" + String.join(",\n", requests) + "]}";
    }

    private static String mail(int i) {
        return "CN=Mail" + i + "/O=Acme";
    }

    private static Evaluation evaluate(Path file) throws Exception {
        Snapshot snapshot = new FactLoader().load(file).snapshot();
        return new Evaluator(rules).evaluate(snapshot);
    }

    /** The request a conclusion is about: its {@code request} field, or a finding's subject naming one. */
    private static String requestOf(Conclusion c, Set<String> ids) throws ReflectiveOperationException {
        if (c instanceof Finding f) {
            return ids.contains(f.subject()) ? f.subject() : null;
        }
        for (RecordComponent rc : c.getClass().getRecordComponents()) {
            if (rc.getName().equals("request")) {
                return (String) rc.getAccessor().invoke(c);
            }
        }
        return null;
    }

    private static Set<String> requestsCited(Because tree) {
        return given(tree).stream().filter(f -> f instanceof Request).map(f -> ((Request) f).id())
                .collect(Collectors.toSet());
    }

    /** The mail servers a tree cites, as a server fact or as a group member entry. */
    private static Set<String> mailServersCited(Because tree) {
        Set<String> names = new java.util.TreeSet<>();
        for (Object f : given(tree)) {
            if (f instanceof Server s && s.name().startsWith("CN=Mail")) {
                names.add(s.name());
            } else if (f instanceof GroupMember m && m.member().startsWith("CN=Mail")) {
                names.add(m.member());
            }
        }
        return names;
    }

    private static List<Object> given(Because tree) {
        List<Object> out = new ArrayList<>();
        collect(tree, out);
        return out;
    }

    private static void collect(Because b, List<Object> out) {
        if (b instanceof Because.Derived d) {
            d.premises().forEach(p -> collect(p, out));
        } else {
            out.add(b.fact());
        }
    }
}
