package failwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.model.ForeignDomainDocument;
import failwise.model.Replica;
import failwise.model.Request;
import failwise.model.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws Exception {
        Generator generator = new Generator(Size.times(3));
        List<Path> first = generator.write(dir.resolve("a"), 4, 42);
        List<Path> second = generator.write(dir.resolve("b"), 4, 42);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
        assertThat(first).extracting(p -> p.getFileName().toString())
                .containsExactly("topology-00001.json", "topology-00002.json", "topology-00003.json", "topology-00004.json");
    }

    @Test
    void anotherSeedOrFileIndexGivesAnotherTopology() {
        Generator generator = new Generator(Size.times(1));
        assertThat(generator.file(1, 1)).isNotEqualTo(generator.file(2, 1)).isNotEqualTo(generator.file(1, 2));
    }

    @Test
    void everyGeneratedFileLoadsCleanAndHoldsWhatItsSizeSays() {
        FactLoader loader = new FactLoader();
        for (int size : new int[] {1, 10}) {
            Generator generator = new Generator(Size.times(size));
            for (int i = 1; i <= 20; i++) {
                LoadResult loaded = loader.parse("generated.json", generator.file(7, i));
                assertThat(loaded.problems()).as("size %d file %d", size, i).isEmpty();
                assertThat(count(loaded, Server.class)).isEqualTo(6 * size);
                assertThat(count(loaded, Replica.class)).isEqualTo(12 * size);
                assertThat(count(loaded, Request.class)).isEqualTo(23 * size);
                assertThat(count(loaded, ForeignDomainDocument.class)).isEqualTo(size == 1 ? 2 : 4);
            }
        }
    }

    @Test
    void everyFileExercisesEveryActionOfTheCatalogue() {
        LoadResult loaded = new FactLoader().parse("generated.json", new Generator(Size.times(1)).file(3, 1));
        Set<String> actions = loaded.snapshot().facts().stream().filter(Request.class::isInstance)
                .map(f -> ((Request) f).action()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(actions).containsExactlyInAnyOrderElementsOf(RequestMaker.ACTIONS).hasSize(23);
    }

    @Test
    void clustersHoldTwoToSixServersAndReplicasStayInsideTheirCluster() {
        LoadResult loaded = new FactLoader().parse("generated.json", new Generator(Size.times(30)).file(5, 1));
        List<Server> servers = of(loaded, Server.class);
        Map<String, Long> perCluster = servers.stream().filter(s -> s.cluster() != null)
                .collect(Collectors.groupingBy(Server::cluster, Collectors.counting()));
        assertThat(perCluster.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 6L));
        Map<String, String> clusterOf = servers.stream().filter(s -> s.cluster() != null)
                .collect(Collectors.toMap(Server::name, Server::cluster));
        Map<String, Set<String>> clustersOfDatabase = of(loaded, Replica.class).stream()
                .collect(Collectors.groupingBy(Replica::replicaId,
                        Collectors.mapping(r -> String.valueOf(clusterOf.get(r.server())), Collectors.toSet())));
        assertThat(clustersOfDatabase.values()).allSatisfy(c -> assertThat(c).hasSize(1));
    }

    private static <T> List<T> of(LoadResult loaded, Class<T> type) {
        return loaded.snapshot().facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static long count(LoadResult loaded, Class<?> type) {
        return of(loaded, type).size();
    }
}
