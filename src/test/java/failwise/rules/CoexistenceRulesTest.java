package failwise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.Because;
import failwise.engine.Evaluation;
import failwise.engine.Evaluator;
import failwise.engine.RuleBase;
import failwise.engine.RuleInfo;
import failwise.engine.RuleSource;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.model.FreeBusyLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the golden cases' expect blocks cannot say about the coexistence and Readers pack: that the explanation of a
 * failing free/busy lookup walks the whole path down to the role or group chain that let the coexistence server read
 * the wrong document, and that every rule of the pack can fill in the sentence it reads out.
 */
class CoexistenceRulesTest {
    private static final Path CASES = Path.of("test-facts");
    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    private static Evaluation evaluate(String file) throws Exception {
        LoadResult loaded = new FactLoader().load(CASES.resolve(file));
        assertThat(loaded.problems()).isEmpty();
        return new Evaluator(rules).evaluate(loaded.snapshot());
    }

    private static FreeBusyLookup lookup(Evaluation ev, String request) {
        return ev.conclusions().stream().filter(c -> c instanceof FreeBusyLookup f && f.request().equals(request))
                .map(FreeBusyLookup.class::cast).findFirst().orElseThrow();
    }

    /** The sentences of the rules directly under {@code b}, in premise order. */
    private static List<String> premiseSentences(Because b) {
        List<String> out = new ArrayList<>();
        for (Because p : ((Because.Derived) b).premises()) {
            if (p instanceof Because.Derived d) {
                out.add(d.says());
            }
        }
        return out;
    }

    private static Because.Derived premiseBy(Because b, String ruleName) {
        return ((Because.Derived) b).premises().stream()
                .filter(p -> p instanceof Because.Derived d && d.rule().name().equals(ruleName))
                .map(Because.Derived.class::cast).findFirst().orElseThrow();
    }

    @Test
    void failingLookupDefeatedByDocumentAccessNamesTheRoleAndItsGroup() throws Exception {
        Evaluation ev = evaluate("coexistence/x6-seed-document-access-defeats-readers-fix.json");
        Because why = ev.because(lookup(ev, "freebusy"));

        assertThat(((Because.Derived) why).says()).contains("DominoB/Acme's calendar connector takes A first")
                .contains("DominoA/Acme, which is DOWN").contains("does not relay");
        // the requesting server's view: the documents it reads, in order, and the coexistence server it reached
        assertThat(premiseSentences(why)).anySatisfy(s -> assertThat(s)
                .startsWith("Mail1/Acme can read A, B for BTEx, latest-modified first; it passes over A")
                .endsWith("sends freebusy to DominoB/Acme, the calendar server of B"));
        // the connector's first document, and exactly how DominoB can read it
        Because.Derived first = premiseBy(why, "A server's first readable document for a domain is the one its calendar connector uses");
        assertThat(first.says()).isEqualTo("DominoB/Acme takes A first of A, B for BTEx, so its calendar connector uses"
                + " calendar server DominoA/Acme");
        Because.Derived visible = premiseBy(first, "A server matched by an entry can read the restricted document");
        assertThat(visible.says()).isEqualTo("DominoB/Acme can read A through role [NetModifier] via LocalDomainServers");
        Because.Derived role = premiseBy(visible, "A role entry lets every server holding that role read the document");
        assertThat(role.says()).isEqualTo("A lists role [NetModifier] in its DocumentAccess item, and DominoB/Acme holds"
                + " [NetModifier] in the Directory ACL via LocalDomainServers");
        assertThat(premiseSentences(role)).contains("DominoB/Acme holds [NetModifier]: the Directory ACL gives it to"
                + " LocalDomainServers, and DominoB/Acme is in LocalDomainServers");
    }

    @Test
    void failingLookupThroughNestedGroupsNamesTheGroupChain() throws Exception {
        Evaluation ev = evaluate("readers/r3-nested-groups-grant-read.json");
        Because why = ev.because(lookup(ev, "freebusy"));

        Because.Derived first = premiseBy(why, "A server's first readable document for a domain is the one its calendar connector uses");
        Because.Derived visible = premiseBy(first, "A server matched by an entry can read the restricted document");
        assertThat(visible.says()).isEqualTo("DominoB/Acme can read A through group CoexGrp > SubGrp");
        Because.Derived group = premiseBy(visible, "A group entry lets every server in that group read the document");
        assertThat(premiseSentences(group)).contains("DominoB/Acme is in CoexGrp > SubGrp: CoexGrp lists group SubGrp");
    }

    @Test
    void everyCoexistenceRuleCitesItsBehaviourAndSourceAndCanFillItsSentence() {
        Pattern placeholder = Pattern.compile("\\{(\\$\\w+)");
        int checked = 0;
        for (Rule rule : rules.kieBase().getKiePackage("failwise.rules").getRules()) {
            RuleInfo info = rules.rule(rule.getName());
            if (!info.file().matches(".*/(5|6|7)\\d-[^/]*\\.drl")) {
                continue;
            }
            checked++;
            // coexistence rules, and the F9 and F12 rules of who makes a foreign-domain request and which tasks run
            assertThat(info.behaviour()).as(rule.getName()).matches("[XR][1-6]|F9|F12");
            assertThat(info.doc()).as(rule.getName()).isNotBlank();
            assertThat(info.says()).as(rule.getName()).isNotBlank();
            Matcher m = placeholder.matcher(info.says());
            while (m.find()) {
                assertThat(((RuleImpl) rule).getDeclarations()).as(rule.getName() + " binds " + m.group(1))
                        .containsKey(m.group(1));
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
