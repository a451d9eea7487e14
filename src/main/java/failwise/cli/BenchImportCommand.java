package failwise.cli;

import failwise.bench.ImportBench;
import failwise.bench.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code failwise bench import}: how long importing a large estate from its Domino exports takes. */
@Command(name = "import", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION, sortOptions = false,
        description = {
            "Generates an estate, writes it as the Domino exports failwise import reads (names and cldbdir DXL, "
                    + "show cluster and show stat captures, NOTES.INI files) into a temporary folder, and imports "
                    + "it: the first import of this JVM, which is what a run costs beyond starting Java, then the "
                    + "median of --runs more."},
        footer = {"", "Examples:", "  failwise bench import",
            "      1,000 servers and 20,000 replicas, about 2,000 export files",
            "  failwise bench import --servers 10000 --replicas 200000 --runs 1"})
final class BenchImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--servers", paramLabel = "N", description = "Servers. Default: ${DEFAULT-VALUE}.")
    int servers = 1_000;

    @Option(names = "--replicas", paramLabel = "N", description = "Replicas. Default: ${DEFAULT-VALUE}.")
    int replicas = 20_000;

    @Option(names = "--documents", paramLabel = "N", description = "Foreign Domain documents. Default: ${DEFAULT-VALUE}.")
    int documents = 8;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs after the first (median). Default: ${DEFAULT-VALUE}.")
    int runs = 5;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    @Override
    public Integer call() throws IOException {
        if (servers < 1 || replicas < 0 || documents < 0 || runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "expected at least 1 server and 1 run and no negative count");
        }
        Path dir = Files.createTempDirectory("failwise-import-");
        try {
            ImportBench.run(spec.commandLine().getOut(), new Size(servers, replicas, 0, documents), seed, runs, dir);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ExitCodes.OK;
    }
}
