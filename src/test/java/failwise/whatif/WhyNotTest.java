package failwise.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.engine.RuleFile;
import failwise.engine.RuleSource;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.model.Conclusion;
import failwise.model.FreeBusyLookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WhyNotTest {
    static final Path PRIMARY_DOWN =
            Path.of("test-facts/coexistence/x3-free-busy-fails-at-secondary-connector-when-primary-down.json");
    static final Path DOCUMENT_ACCESS = Path.of("test-facts/coexistence/x6-seed-document-access-defeats-readers-fix.json");
    static final Path M1 = Path.of("test-facts/routing/m1-mail-cluster-failover-zero-keeps-mail-in-mail-box.json");
    static final Path TWICE = Path.of(
            "src/test/resources/whatif/readers-name-and-document-access-both-let-the-secondary-read-the-primary.json");
    static final Path NOTHING = Path.of(
            "src/test/resources/whatif/mail-server-reads-no-document-and-both-coexistence-servers-are-down.json");
    static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    private static WhyNotResult only(Path file, String request) throws Exception {
        List<WhyNotResult> results = new WhyNot(rules).explain(FactTreeTest.tree(file), request);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static List<String> remedies(WhyNotResult r) {
        return r.remedies().stream().map(m -> String.join(" ", m.changes())).toList();
    }

    @Test
    void withThePrimaryDownAndNoReadersFixTheReadersFixIsTheVerifiedRemedy() throws Exception {
        WhyNotResult r = only(PRIMARY_DOWN, "freebusy");
        assertThat(r.outcome()).isEqualTo("FAILS");
        assertThat(r.obstacles()).extracting(WhyNotResult.Obstacle::sentence).contains("DominoB/Acme's calendar "
                + "connector takes A first, which names DominoA/Acme, and DominoA/Acme is DOWN; the lookup needs "
                + "DominoB/Acme's connector to take a document naming DominoB/Acme itself first");
        assertThat(remedies(r)).containsExactly("fd:A.readers=[CN=DominoA/O=Acme, CN=Mail1/O=Acme, CN=Mail2/O=Acme]");
        assertThat(r.remedies().get(0).after()).isEqualTo("SUCCEEDS");
        assertThat(r.remedies().get(0).sideEffects()).isEmpty();
    }

    @Test
    void aVerifiedRemedyReallyFlipsTheLookupWhenAppliedByHand() throws Exception {
        String change = remedies(only(PRIMARY_DOWN, "freebusy")).get(0);
        LoadResult fork = FactTreeTest.tree(PRIMARY_DOWN).fork(List.of(new ChangeParser().parse(change)));
        List<Conclusion> after = new Evaluator(rules).evaluate(fork.snapshot()).conclusions();
        assertThat(after).filteredOn(FreeBusyLookup.class::isInstance).map(c -> ((FreeBusyLookup) c).outcome())
                .containsExactly("SUCCEEDS");
    }

    @Test
    void documentAccessLeftInPlaceIsRemovedByTheVerifiedRemedy() throws Exception {
        WhyNotResult r = only(DOCUMENT_ACCESS, "freebusy");
        assertThat(remedies(r)).containsExactly("!fd:A.documentAccess");
        assertThat(r.obstacles()).extracting(WhyNotResult.Obstacle::sentence).contains("DominoB/Acme reads A through "
                + "role [NetModifier] via LocalDomainServers in its DocumentAccess item; for the lookup to survive, A "
                + "must be hidden from DominoB/Acme");
    }

    @Test
    void mailClusterFailoverZeroIsSetToOneOrRemoved() throws Exception {
        WhyNotResult r = only(M1, "deliver");
        assertThat(r.obstacles()).extracting(WhyNotResult.Obstacle::sentence)
                .contains("MailClusterFailover is 0 on Relay/Acme; router failover needs it absent or 1");
        assertThat(remedies(r)).containsExactlyInAnyOrder("Relay/Acme.notesIni.MailClusterFailover=1",
                "!Relay/Acme.notesIni.MailClusterFailover", "Mail1/Acme.state=UP");
        assertThat(r.remedies()).filteredOn(m -> m.changes().get(0).contains("MailClusterFailover"))
                .extracting(WhyNotResult.Remedy::after).containsOnly("FAILOVER");
    }

    @Test
    void whenNoSingleChangeFlipsItAPairDoes() throws Exception {
        WhyNotResult r = only(TWICE, "freebusy");
        assertThat(r.proposed()).isEqualTo(2);
        assertThat(remedies(r)).containsExactly("!fd:A.documentAccess fd:A.readers-=CN=DominoB/O=Acme");
        assertThat(r.tried()).isEqualTo(3);
    }

    @Test
    void onlyAHeaderLineMarksAFileWhyNotOnly() {
        String tag = RuleFile.WHY_NOT_ONLY_TAG;
        assertThat(new RuleFile("a", "a.drl", tag + "\npackage p\n").whyNotOnly()).isTrue();
        assertThat(new RuleFile("a", "a.drl", "\n// why not, for failover\n//failwise:   why-not only \npackage p\n")
                .whyNotOnly()).isTrue();
        assertThat(new RuleFile("a", "a.drl", "package p\n" + tag + "\n").whyNotOnly()).as("after the package").isFalse();
        assertThat(new RuleFile("a", "a.drl", "// failwise: why-not facts\npackage p\n").whyNotOnly()).isFalse();
    }

    @Test
    void whenNothingFlipsItNothingIsReported() throws Exception {
        WhyNotResult r = only(NOTHING, "freebusy");
        assertThat(r.obstacles()).hasSize(2);
        assertThat(r.proposed()).isEqualTo(2);
        assertThat(r.remedies()).isEmpty();
        assertThat(r.tried()).isEqualTo(3);
    }

    @Test
    void thePackWithoutTheWhyNotOnlyFilesLacksEveryWhyNotRuleAndConcludesTheSameOnEveryGoldenCase() throws Exception {
        RuleSource source = RuleSource.directory(Path.of("rules"));
        List<RuleFile> plain = source.files(RuleSource.Pack.CONCLUSIONS);
        assertThat(source.files(RuleSource.Pack.WHY_NOT)).isEqualTo(source.files());
        assertThat(source.files().stream().filter(RuleFile::whyNotOnly).map(RuleFile::relativePath))
                .containsExactly("81-why-not-failover.drl", "82-why-not-coexistence.drl");
        RuleBase without = RuleBase.compile(plain);
        // Every rule but the why-not ones (80 declares the why-not facts and has no rules, so it stays).
        assertThat(without.rules().keySet()).isEqualTo(rules.rules().keySet().stream()
                .filter(name -> !name.startsWith("Why not:")).collect(java.util.stream.Collectors.toSet()));
        FactLoader loader = new FactLoader();
        for (Path file : goldenCases()) {
            LoadResult loaded = loader.load(file);
            assertThat(new Evaluator(rules).evaluate(loaded.snapshot(), false, 0).conclusions()).as(file.toString())
                    .isNotEmpty()
                    .isEqualTo(new Evaluator(without).evaluate(loaded.snapshot(), false, 0).conclusions());
        }
    }

    private static List<Path> goldenCases() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("test-facts"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
