package failwise.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.bench.Generator;
import failwise.bench.Size;
import failwise.engine.Evaluator;
import failwise.engine.LiveSession;
import failwise.engine.Replacement;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.facts.FactLoader;
import failwise.model.Conclusion;
import failwise.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fork engine against the fresh evaluation it replaces: on every golden case and on generated topologies of 50
 * and 200 servers, every single failure of the sweep (every failure mode, every replica Out of Service) and a
 * sample of pairs are evaluated as forks of one live session and as fresh evaluations of the changed facts, the
 * pairs both as one fork and as the second failure nested in a fork of the first (as a depth-2 sweep forks them).
 * All conclusions must be equal, and closing each fork must give back exactly the conclusions it was opened on.
 */
class ForkEqualityTest {
    private static final List<FailureMode> ALL_MODES = List.of(FailureMode.DOWN, FailureMode.UNREACHABLE,
            FailureMode.BUSY, FailureMode.MAXUSERS, FailureMode.RESTRICTED);
    /** Pairs compared per file: sampled with a fixed seed from every pair, so each run compares the same ones. */
    private static final int PAIRS = 25;

    static RuleBase rules;

    @TempDir
    static Path generated;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCase() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("test-facts"))) {
            files = walk.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(),
                () -> compare(f, new Sweep.Options(1, ALL_MODES, true, false), PAIRS)));
    }

    @TestFactory
    Stream<DynamicTest> generatedTopologies() throws IOException {
        List<DynamicTest> out = new ArrayList<>();
        for (int servers : new int[] {50, 200}) {
            Path file = generated.resolve("servers-" + servers + ".json");
            Size size = Size.times(1).withServers(servers).withReplicas(10 * servers).withRequests(5 * servers);
            Files.writeString(file, new Generator(size).file(1, 1));
            // At 200 servers the replicas are left out: 2,000 fresh evaluations would take minutes.
            out.add(DynamicTest.dynamicTest(servers + " servers", () -> compare(file,
                    new Sweep.Options(1, ALL_MODES, servers <= 50, false), PAIRS)));
        }
        return out.stream();
    }

    private static void compare(Path file, Sweep.Options options, int pairs) throws Exception {
        FactTree.Read read = FactTree.read(file, new FactLoader());
        assertThat(read.problems()).isEmpty();
        FactTree tree = read.tree();
        Snapshot base = tree.snapshot();
        Evaluator fresh = new Evaluator(rules);
        List<Conclusion> original = fresh.evaluate(base, Evaluator.Detail.OUTCOMES, 0).conclusions();
        Sweep.Plan plan = new Sweep(rules, 1).plan(tree, options);
        List<List<Replacement>> scenarios = new ArrayList<>(plan.scenarios());
        List<Sweep.Single[]> sampled = samplePairs(plan.singles(), pairs);
        for (Sweep.Single[] pair : sampled) {
            List<Replacement> both = new ArrayList<>(pair[0].replacements());
            both.addAll(pair[1].replacements());
            scenarios.add(both);
        }
        try (LiveSession live = LiveSession.open(rules, base, Evaluator.Detail.OUTCOMES, 0)) {
            assertThat(live.conclusions()).as("the live session of %s", file).isEqualTo(original);
            for (List<Replacement> scenario : scenarios) {
                Snapshot changed = Replacement.applied(base, scenario);
                List<Conclusion> expected = fresh.evaluate(changed, Evaluator.Detail.OUTCOMES, 0).conclusions();
                List<Conclusion> forked;
                try (LiveSession.Fork fork = live.fork(scenario)) {
                    forked = fork.conclusions();
                    assertThat(fork.added()).as("added by %s", scenario).doesNotContainAnyElementsOf(original);
                    assertThat(original).as("removed by %s", scenario).containsAll(fork.removed());
                }
                assertThat(forked).as("%s forked with %s", file, scenario).isEqualTo(expected);
                assertThat(live.conclusions()).as("%s restored after %s", file, scenario).isEqualTo(original);
            }
            // The same pairs as a depth-2 sweep forks them: the second failure nested in a fork of the first.
            for (Sweep.Single[] pair : sampled) {
                Snapshot first = Replacement.applied(base, pair[0].replacements());
                Snapshot both = Replacement.applied(first, pair[1].replacements());
                try (LiveSession.Fork outer = live.fork(pair[0].replacements())) {
                    try (LiveSession.Fork inner = live.fork(pair[1].replacements())) {
                        assertThat(inner.conclusions()).as("%s forked with %s, then %s", file, pair[0].failure(),
                                pair[1].failure()).isEqualTo(fresh.evaluate(both, Evaluator.Detail.OUTCOMES, 0)
                                .conclusions());
                    }
                    assertThat(outer.conclusions()).as("%s back to %s alone", file, pair[0].failure())
                            .isEqualTo(fresh.evaluate(first, Evaluator.Detail.OUTCOMES, 0).conclusions());
                }
                assertThat(live.conclusions()).as("%s restored after %s and %s", file, pair[0].failure(),
                        pair[1].failure()).isEqualTo(original);
            }
        }
    }

    /** {@code count} pairs of failures of different entities, drawn with a fixed seed from all of them. */
    private static List<Sweep.Single[]> samplePairs(List<Sweep.Single> singles, int count) {
        Random random = new Random(12);
        List<Sweep.Single[]> out = new ArrayList<>();
        for (int tries = 0; out.size() < count && singles.size() > 1 && tries < 20 * count; tries++) {
            Sweep.Single a = singles.get(random.nextInt(singles.size()));
            Sweep.Single b = singles.get(random.nextInt(singles.size()));
            if (!a.entity().equals(b.entity())) {
                out.add(new Sweep.Single[] {a, b});
            }
        }
        return out;
    }
}
