package failwise.engine;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.facts.FactLoader;
import failwise.model.Conclusion;
import failwise.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseCacheTest {
    private static final String PACK = "package t\nimport failwise.model.Server\nimport failwise.model.Finding\n"
            + "declare Noted\n  server : String @key\nend\n"
            + "rule \"A down server is noted\"\n  @behaviour(\"F1\") @says(\"{$n} is down\")\nwhen\n"
            + "  Server( $n : name, state == \"DOWN\" )\nthen\n  insertLogical(new Noted($n));\nend\n"
            + "rule \"A noted server is reported\"\n  @behaviour(\"F1\") @says(\"{$n} was noted\")\nwhen\n"
            + "  Noted( $n : server )\nthen\n  insertLogical(new Finding(\"NOTED\", $n, \"%s\", \"noted\"));\nend\n";
    private static final String FACTS = "{\"servers\": [{\"name\": \"Mail1/Acme\", \"state\": \"DOWN\"}]}";

    @TempDir
    Path dir;

    private List<RuleFile> pack(String severity) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("a.drl"), PACK.formatted(severity));
        return RuleSource.directory(rules).files();
    }

    private static List<String> evaluate(RuleBase rules) throws Exception {
        Snapshot snapshot = new FactLoader().parse("site.json", FACTS).snapshot();
        Evaluation evaluation = new Evaluator(rules).evaluate(snapshot);
        return evaluation.conclusions().stream().map(c -> c + " <= " + evaluation.ruleOf(c).name() + " @ "
                + evaluation.ruleOf(c).location() + " says " + evaluation.ruleOf(c).says()).toList();
    }

    @Test
    void aStoredPackEvaluatesAndExplainsLikeAFreshlyCompiledOne() throws Exception {
        List<RuleFile> files = pack("WARNING");
        RuleBaseCache cache = new RuleBaseCache(dir.resolve("cache"));
        RuleBase fresh = cache.compile(files);
        assertThat(cache.entryFor(files)).isRegularFile();
        RuleBase stored = cache.compile(files);
        assertThat(stored.kieBase()).isNotSameAs(fresh.kieBase());
        assertThat(evaluate(stored)).isEqualTo(evaluate(RuleBase.compile(files))).hasSize(1);
        assertThat(evaluate(stored).get(0)).contains("WARNING", "A noted server is reported", "a.drl:14", "{$n} was noted");
        assertThat(stored.rules()).isEqualTo(fresh.rules());
        Evaluation evaluation = new Evaluator(stored).evaluate(new FactLoader().parse("s.json", FACTS).snapshot());
        Conclusion finding = evaluation.conclusions().get(0);
        assertThat(evaluation.because(finding).toString()).contains("Noted");
    }

    @Test
    void theRulePackReadBackConcludesAndExplainsEveryGoldenCaseAsCompiled() throws Exception {
        List<RuleFile> files = RuleSource.directory(Path.of("rules")).files();
        RuleBaseCache cache = new RuleBaseCache(dir.resolve("cache"));
        RuleBase fresh = cache.compile(files);
        RuleBase stored = cache.compile(files);
        assertThat(stored.kieBase()).isNotSameAs(fresh.kieBase());
        assertThat(stored.rules()).isEqualTo(fresh.rules());
        List<Path> cases;
        try (var walk = Files.walk(Path.of("test-facts"))) {
            cases = walk.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        for (Path file : cases) {
            Snapshot snapshot = new FactLoader().load(file).snapshot();
            assertThat(explained(stored, snapshot)).as(file.toString()).isEqualTo(explained(fresh, snapshot));
        }
    }

    private static List<String> explained(RuleBase rules, Snapshot snapshot) throws Exception {
        Evaluation evaluation = new Evaluator(rules).evaluate(snapshot);
        return evaluation.conclusions().stream().map(c -> c + " <= " + evaluation.because(c)).toList();
    }

    @Test
    void anEditedRuleFileIsCompiledAgainAndTakesEffect() throws Exception {
        RuleBaseCache cache = new RuleBaseCache(dir.resolve("cache"));
        List<RuleFile> before = pack("WARNING");
        assertThat(evaluate(cache.compile(before)).get(0)).contains("WARNING");
        List<RuleFile> after = pack("ERROR");
        assertThat(cache.entryFor(after)).isNotEqualTo(cache.entryFor(before)).doesNotExist();
        assertThat(evaluate(cache.compile(after)).get(0)).contains("ERROR");
        assertThat(evaluate(cache.compile(after)).get(0)).contains("ERROR");
    }

    @Test
    void aCorruptOrTruncatedEntryIsRebuiltSilently() throws Exception {
        RuleBaseCache cache = new RuleBaseCache(dir.resolve("cache"));
        List<RuleFile> files = pack("WARNING");
        cache.compile(files);
        Path entry = cache.entryFor(files);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(evaluate(cache.compile(files)).get(0)).contains("WARNING");
        assertThat(Files.size(entry)).isEqualTo(bytes.length);
        Files.writeString(entry, "not a compiled pack");
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        assertThat(evaluate(cache.compile(files)).get(0)).contains("WARNING");
        assertThat(Files.size(entry)).isEqualTo(bytes.length);
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsTheCompile() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder would be");
        RuleBaseCache cache = new RuleBaseCache(blocked);
        assertThat(evaluate(cache.compile(pack("WARNING"))).get(0)).contains("WARNING");
    }
}
