package failwise.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import failwise.whatif.Change.Kind;
import failwise.whatif.Change.Op;
import org.junit.jupiter.api.Test;

class ChangeParserTest {
    private final ChangeParser parser = new ChangeParser();

    private Change parse(String text) throws ChangeException {
        return parser.parse(text);
    }

    @Test
    void aServerFieldByItsWrittenOrCanonicalName() throws Exception {
        Change written = parse("Mail1/Acme.state=DOWN");
        assertThat(written).extracting(Change::kind, Change::entity, Change::field, Change::key, Change::op)
                .containsExactly(Kind.SERVER, "Mail1/Acme", "state", null, Op.SET);
        assertThat(written.value().asText()).isEqualTo("DOWN");
        Change canonical = parse("CN=Mail1/O=Acme.availabilityIndex=20");
        assertThat(canonical.entity()).isEqualTo("CN=Mail1/O=Acme");
        assertThat(canonical.value().isInt()).isTrue();
        assertThat(canonical.value().asInt()).isEqualTo(20);
    }

    @Test
    void aNotesIniSettingIsSetOrRemovedTwoWays() throws Exception {
        Change set = parse("Mail2/Acme.notesIni.Server_Restricted=1");
        assertThat(set).extracting(Change::entity, Change::field, Change::key, Change::op)
                .containsExactly("Mail2/Acme", "notesIni", "Server_Restricted", Op.SET);
        assertThat(parse("Relay/Acme.notesIni.MailClusterFailover=").op()).isEqualTo(Op.DELETE);
        Change bang = parse("!Relay/Acme.notesIni.MailClusterFailover");
        assertThat(bang).extracting(Change::entity, Change::key, Change::op)
                .containsExactly("Relay/Acme", "MailClusterFailover", Op.DELETE);
    }

    @Test
    void foreignDomainListsAreSetAddedToAndRemovedFrom() throws Exception {
        Change empty = parse("fd:A.documentAccess=[]");
        assertThat(empty).extracting(Change::kind, Change::entity, Change::field, Change::op)
                .containsExactly(Kind.FOREIGN_DOMAIN, "A", "documentAccess", Op.SET);
        assertThat(empty.value().isArray()).isTrue();
        assertThat(empty.value()).isEmpty();
        Change add = parse("fd:A.readers+=CN=DominoA/O=Acme");
        assertThat(add.op()).isEqualTo(Op.ADD);
        assertThat(add.value().asText()).isEqualTo("CN=DominoA/O=Acme");
        assertThat(parse("fd:B.readers-=LocalDomainServers").op()).isEqualTo(Op.REMOVE_ITEM);
        Change list = parse("fd:A.readers=[ServersGrp, \"CN=DominoA/O=Acme\"]");
        assertThat(list.value()).hasSize(2);
        assertThat(list.value().get(0).asText()).isEqualTo("ServersGrp");
        assertThat(list.value().get(1).asText()).isEqualTo("CN=DominoA/O=Acme");
    }

    @Test
    void requestsReplicasGroupsAndPointers() throws Exception {
        Change request = parse("request:open-mail.databaseAlreadyOpen=false");
        assertThat(request).extracting(Change::kind, Change::entity, Change::field)
                .containsExactly(Kind.REQUEST, "open-mail", "databaseAlreadyOpen");
        assertThat(request.value().isBoolean()).isTrue();
        Change replica = parse("replica:mail/jdoe.nsf@CN=Mail2/O=Acme.status=OUT_OF_SERVICE");
        assertThat(replica).extracting(Change::kind, Change::entity, Change::field)
                .containsExactly(Kind.REPLICA, "mail/jdoe.nsf@CN=Mail2/O=Acme", "status");
        assertThat(parse("group:ServersGrp.members+=Mail3/Acme").kind()).isEqualTo(Kind.GROUP);
        Change pointer = parse("/servers/0/state=DOWN");
        assertThat(pointer).extracting(Change::kind, Change::entity, Change::op)
                .containsExactly(Kind.POINTER, "/servers/0/state", Op.SET);
        assertThat(parse("!/replicas/2").op()).isEqualTo(Op.DELETE);
        assertThat(parse("/foreignDomains/0/modified=2024-03-02T09:00:00Z").value().asText())
                .isEqualTo("2024-03-02T09:00:00Z");
    }

    @Test
    void mistakesNameTheChangeWhatWasExpectedAndWhatWasFound() throws Exception {
        assertThatThrownBy(() -> parse("Mail1/Acme.stat=DOWN")).hasMessage("--set 'Mail1/Acme.stat=DOWN': expected a "
                + "server field (state, availabilityIndex, activeUsers, cluster, routerClusterFailover, tasks, "
                + "notesIni) after `Mail1/Acme`, found `stat`");
        assertThatThrownBy(() -> parse("Mail1/Acme")).hasMessage("--set 'Mail1/Acme': expected TARGET=VALUE with "
                + "TARGET one of SERVER.FIELD, SERVER.notesIni.KEY, replica:DATABASE@SERVER.FIELD, fd:ID.FIELD, "
                + "request:ID.FIELD, group:NAME.FIELD or /json/pointer, found `Mail1/Acme`");
        assertThatThrownBy(() -> parse("Mail1/Acme.state+=DOWN")).hasMessage("--set 'Mail1/Acme.state+=DOWN': "
                + "expected `=` for `state` (`+=` and `-=` edit lists), found `+=`");
        assertThatThrownBy(() -> parse("Mail1/Acme.notesIni=1")).hasMessage("--set 'Mail1/Acme.notesIni=1': "
                + "expected notesIni.KEY naming one NOTES.INI setting, found `notesIni`");
        assertThatThrownBy(() -> parse("fd:A.readers=[a,,b]")).hasMessage("--set 'fd:A.readers=[a,,b]': expected a "
                + "list item between commas, found nothing in `[a,,b]`");
        assertThatThrownBy(() -> parse("/servers/0={\"name\":")).hasMessage("--set '/servers/0={\"name\":': "
                + "expected a JSON object, found `{\"name\":`");
        assertThatThrownBy(() -> parse("replica:mail/jdoe.nsf.status=IN_SERVICE")).hasMessage("--set "
                + "'replica:mail/jdoe.nsf.status=IN_SERVICE': expected replica:DATABASE@SERVER.FIELD, found "
                + "`replica:mail/jdoe.nsf.status=IN_SERVICE`");
        assertThat(parse("/replicas/-={\"server\":\"Mail1/Acme\"}")).extracting(Change::entity, Change::op)
                .containsExactly("/replicas/-", Op.SET);
    }
}
