package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.bench.Generator;
import failwise.bench.Size;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command's user surface; the measurements themselves are never timed in tests. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void generateWritesTheSeededFilesItAnnounces() throws Exception {
        Cli run = Cli.run("bench", "generate", "--size", "2", "--files", "3", "--seed", "9", "--out", dir.toString());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("wrote 3 files of 12 servers, 24 replicas, 46 requests, 2 documents to "
                + dir + " (seed 9)\n");
        assertThat(Files.readString(dir.resolve("topology-00002.json")))
                .isEqualTo(new Generator(Size.times(2)).file(9, 2));
    }

    @Test
    void exactCountsOverrideTheSize() {
        Cli run = Cli.run("bench", "generate", "--servers", "40", "--replicas", "100", "--requests", "7",
                "--documents", "0", "--out", dir.toString());
        assertThat(run.out()).as(run.toString()).contains("1 file of 40 servers, 100 replicas, 7 requests, 0 documents");
    }

    @Test
    void aSizeBelowOneIsAUsageError() {
        Cli run = Cli.run("bench", "generate", "--size", "0", "--out", dir.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("the size multiplier must be at least 1");
    }

    @Test
    void everyBenchCommandTeachesItsUseInItsHelp() {
        for (String sub : new String[] {"generate", "build", "evaluate", "batch", "scale", "what-if", "all"}) {
            Cli run = Cli.run("bench", sub, "--help");
            assertThat(run.code()).as(sub).isZero();
            assertThat(run.out()).as(sub).contains("Usage: failwise bench " + sub, "Examples:");
        }
        assertThat(Cli.run("bench").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void whatIfRunsTheFourCommandsAndPrintsBothRatios() {
        Cli run = Cli.run("--rules", "rules", "bench", "what-if", "--servers", "6", "--request", "r000001", "--set",
                "Mail00001/Acme.state=DOWN", "--runs", "1");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("6 servers: evaluate ", ", evaluate --set ", "6 servers: explain ",
                ", explain --why-not ", "(median of 1, load average ");
    }

    @Test
    void evaluateVersusTheWholePackPrintsBothWaysAndTheirRatio() {
        Cli run = Cli.run("--rules", "rules", "bench", "evaluate", "--versus-whole-pack", "--no-explain",
                "--warmup", "0", "--runs", "20");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("(explanations off), in turns: the whole pack, every firing followed, median ",
                "this build's way median ", "× faster", "20 runs each");
    }
}
