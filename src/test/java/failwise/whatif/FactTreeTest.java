package failwise.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.model.ForeignDomainDocument;
import failwise.model.GroupMember;
import failwise.model.IniSetting;
import failwise.model.InputFact;
import failwise.model.Replica;
import failwise.model.Request;
import failwise.model.Server;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FactTreeTest {
    static final Path BUSY = Path.of("test-facts/failover/f1-busy-home-server-redirects-to-most-available.json");
    static final Path SEED = Path.of("test-facts/coexistence/x6-seed-document-access-defeats-readers-fix.json");

    static FactTree tree(Path file) {
        FactTree.Read read = FactTree.read(file, new FactLoader());
        assertThat(read.problems()).isEmpty();
        return read.tree();
    }

    private static List<InputFact> fork(Path file, String... changes) throws ChangeException {
        LoadResult result = tree(file).fork(new ChangeParser().parseAll(List.of(changes)));
        assertThat(result.problems()).isEmpty();
        return result.snapshot().facts();
    }

    private static <T> T only(List<InputFact> facts, Class<T> type, Predicate<T> which) {
        return facts.stream().filter(type::isInstance).map(type::cast).filter(which).findFirst().orElseThrow();
    }

    @Test
    void serverFieldsAndNotesIniSettingsChangeWhateverTheNameSpelling() throws Exception {
        List<InputFact> facts = fork(BUSY, "CN=Mail2/O=Acme.state=DOWN", "mail3/acme.availabilityIndex=10",
                "Mail1/Acme.notesIni.server_availability_threshold=5", "Mail3/Acme.notesIni.Server_Restricted=1");
        assertThat(only(facts, Server.class, s -> s.name().equals("CN=Mail2/O=Acme")).state()).isEqualTo("DOWN");
        assertThat(only(facts, Server.class, s -> s.name().equals("CN=Mail3/O=Acme")).availabilityIndex()).isEqualTo(10);
        IniSetting threshold = only(facts, IniSetting.class, i -> i.key().equals("SERVER_AVAILABILITY_THRESHOLD"));
        // The file's own spelling of the NOTES.INI name is kept: one line, changed, not a second one.
        assertThat(threshold.name()).isEqualTo("Server_Availability_Threshold");
        assertThat(threshold.number()).isEqualTo(5);
        assertThat(only(facts, IniSetting.class, i -> i.key().equals("SERVER_RESTRICTED")).server())
                .isEqualTo("CN=Mail3/O=Acme");
        assertThat(fork(BUSY, "!Mail1/Acme.notesIni.Server_Availability_Threshold"))
                .noneMatch(IniSetting.class::isInstance);
    }

    @Test
    void replicasRequestsAndPointersChange() throws Exception {
        List<InputFact> facts = fork(BUSY, "replica:mail/jdoe.nsf@Mail2/Acme.status=OUT_OF_SERVICE",
                "request:open-mail.databaseAlreadyOpen=true",
                "/replicas/-={\"server\":\"Mail1/Acme\",\"path\":\"mail/other.nsf\",\"replicaId\":\"X1\"}",
                "!/replicas/2");
        assertThat(only(facts, Replica.class, r -> r.server().equals("CN=Mail2/O=Acme")).status())
                .isEqualTo("OUT_OF_SERVICE");
        assertThat(only(facts, Request.class, r -> true).databaseAlreadyOpen()).isTrue();
        assertThat(facts.stream().filter(Replica.class::isInstance).map(f -> ((Replica) f).path()))
                .containsExactly("mail/jdoe.nsf", "mail/jdoe.nsf", "mail/other.nsf");
    }

    @Test
    void foreignDomainListsAndGroupMembersAreEdited() throws Exception {
        List<InputFact> facts = fork(SEED, "!fd:A.documentAccess", "fd:B.documentAccess=[]",
                "fd:A.readers-=DomAdmins", "fd:B.readers+=[CN=Mail9/O=Acme, ServersGrp]",
                "group:ServersGrp.members+=DominoA/Acme");
        ForeignDomainDocument a = only(facts, ForeignDomainDocument.class, d -> d.id().equals("A"));
        ForeignDomainDocument b = only(facts, ForeignDomainDocument.class, d -> d.id().equals("B"));
        assertThat(a.documentAccess()).isNull();
        assertThat(a.readers()).containsExactly("ServersGrp", "CN=DominoA/O=Acme");
        assertThat(b.documentAccess()).isEmpty();
        assertThat(b.readers()).containsExactly("ServersGrp", "DomAdmins", "CN=DominoB/O=Acme", "CN=Mail9/O=Acme");
        assertThat(facts).anyMatch(f -> f instanceof GroupMember m && m.group().equals("ServersGrp")
                && m.member().equals("CN=DominoA/O=Acme"));
    }

    @Test
    void aTargetThatIsNotThereIsNamedWithWhatIs() throws Exception {
        FactTree busy = tree(BUSY);
        ChangeParser p = new ChangeParser();
        assertThatThrownBy(() -> busy.fork(List.of(p.parse("Mail9/Acme.state=DOWN")))).hasMessage("--set "
                + "'Mail9/Acme.state=DOWN': expected a server of " + BUSY + " (Mail1/Acme, Mail2/Acme, Mail3/Acme), "
                + "found `Mail9/Acme`");
        assertThatThrownBy(() -> busy.fork(List.of(p.parse("!Mail2/Acme.notesIni.Server_Restricted")))).hasMessage(
                "--set '!Mail2/Acme.notesIni.Server_Restricted': expected NOTES.INI setting Server_Restricted to be "
                        + "there to remove, found none");
        FactTree seed = tree(SEED);
        assertThatThrownBy(() -> seed.fork(List.of(p.parse("fd:A.readers-=LocalDomainServers")))).hasMessage("--set "
                + "'fd:A.readers-=LocalDomainServers': expected \"LocalDomainServers\" in readers, found "
                + "[\"ServersGrp\",\"DomAdmins\",\"CN=DominoA/O=Acme\"]");
        assertThatThrownBy(() -> busy.fork(List.of(p.parse("/servers/7/state=DOWN")))).hasMessage("--set "
                + "'/servers/7/state=DOWN': expected `/servers/7` to be an object or a list of " + BUSY
                + ", found nothing there");
    }

    @Test
    void aValueTheFactContractRefusesIsALocatedProblemOfTheFork() throws Exception {
        LoadResult result = tree(BUSY).fork(List.of(new ChangeParser().parse("Mail1/Acme.state=DWN")));
        assertThat(result.ok()).isFalse();
        assertThat(result.problems().get(0).render()).startsWith(BUSY + ": ").contains("/servers/0/state: ")
                .contains("`DWN`");
    }

    @Test
    void aYamlFileForksLikeAJsonOne() throws Exception {
        List<InputFact> facts = fork(Path.of("src/test/resources/cli/busy-home-server.yaml"),
                "Mail2/Acme.state=UNREACHABLE", "Mail1/Acme.tasks+=router");
        assertThat(only(facts, Server.class, s -> s.name().equals("CN=Mail2/O=Acme")).state()).isEqualTo("UNREACHABLE");
        assertThat(only(facts, Server.class, s -> s.name().equals("CN=Mail1/O=Acme")).tasks()).containsExactly("router");
    }

    @Test
    void anEmptyValueRemovesLikeTheBang() throws Exception {
        assertThat(fork(BUSY, "Mail1/Acme.notesIni.Server_Availability_Threshold="))
                .noneMatch(IniSetting.class::isInstance);
        // A field removed goes back to its default: availability index 100.
        assertThat(only(fork(BUSY, "!Mail1/Acme.availabilityIndex"), Server.class,
                s -> s.name().equals("CN=Mail1/O=Acme")).availabilityIndex()).isEqualTo(100);
    }

    @Test
    void theReplacementsOfAChangedCopyAreThoseOfTheWholeFileLoadedAgain() throws Exception {
        ChangeParser parser = new ChangeParser();
        int compared = 0;
        for (Path file : failwise.TestFacts.all()) {
            FactTree tree = tree(file);
            List<String> changes = new java.util.ArrayList<>();
            for (InputFact f : tree.snapshot().facts()) {
                if (f instanceof Server s) {
                    String name = tree.snapshot().writtenNames().getOrDefault(s.name(), s.name());
                    changes.add(name + ".state=DOWN");
                    changes.add(name + ".notesIni.Server_Restricted=1");
                    changes.add(name + ".cluster=Elsewhere");
                } else if (f instanceof Replica r) {
                    changes.add(r.pointer() + "/status=OUT_OF_SERVICE");
                } else if (f instanceof Request r) {
                    changes.add("request:" + r.id() + ".userIsAdmin=true");
                } else if (f instanceof ForeignDomainDocument d) {
                    changes.add("fd:" + d.id() + ".readers+=CN=Someone/O=Acme");
                    changes.add("!fd:" + d.id() + ".documentAccess");
                }
            }
            // Two changes together, and changes that touch what other entries refer to (done on the whole file).
            if (changes.size() > 1) {
                changes.add(changes.get(0) + "\u0000" + changes.get(changes.size() - 1));
            }
            for (String text : changes) {
                List<Change> change;
                try {
                    change = parser.parseAll(List.of(text.split("\u0000")));
                } catch (ChangeException e) {
                    continue;
                }
                LoadResult whole;
                try {
                    whole = tree.fork(change);
                } catch (ChangeException e) {
                    assertThatThrownBy(() -> tree.changed(change)).hasMessage(e.getMessage());
                    continue;
                }
                FactTree.Changed changed = tree.changed(change);
                assertThat(changed.load().problems()).as(file + " " + text).isEqualTo(whole.problems());
                if (whole.ok()) {
                    assertThat(changed.load().snapshot().facts()).isEqualTo(whole.snapshot().facts());
                    assertThat(changed.replacements()).as(file + " " + text)
                            .isEqualTo(failwise.engine.Replacement.between(tree.snapshot(), whole.snapshot()));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
    }
}
