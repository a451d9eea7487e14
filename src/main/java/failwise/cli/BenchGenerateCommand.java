package failwise.cli;

import failwise.bench.ExportsWriter;
import failwise.bench.Generator;
import failwise.bench.Size;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code failwise bench generate}: writes seeded synthetic fact files for benchmarks and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION, sortOptions = false,
        description = {
            "Writes synthetic fact files: clusters of 2 to 6 servers (a few unclustered), replicas with "
                    + "Out of Service and Pending Delete marks, NOTES.INI limits, groups (nested, with a wildcard), "
                    + "sometimes a Directory ACL, Foreign Domain documents with and without the Readers fix, and "
                    + "requests of every action in the catalogue.",
            "",
            "The files carry no expect block. The same size, seed and file count always give byte-identical "
                    + "files, named topology-00001.json and so on."},
        footer = {
            "",
            "Examples:",
            "  failwise bench generate --files 10000 --seed 1 --out /tmp/many",
            "      10,000 typical files (about 60 facts each), for batch measurements",
            "  failwise bench generate --servers 10000 --replicas 200000 --requests 100000 --out /tmp/big",
            "      one file with 10,000 servers, 200,000 replicas and 100,000 requests",
            "  failwise bench generate --size 100 --files 3 --out /tmp/large",
            "  failwise bench generate --servers 1000 --replicas 20000 --exports --out /tmp/estate",
            "      one estate as a fact file and as the exports a customer hands over, for failwise import"})
final class BenchGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SizeOptions size;

    @Option(names = "--files", paramLabel = "K", defaultValue = "1", description = "How many files. Default: ${DEFAULT-VALUE}.")
    int files;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the files to (created if missing).")
    Path out;

    @Option(names = "--exports", description = "Also write each file as the Domino exports `import` reads (names "
            + "and cldbdir DXL, show cluster and show stat captures, NOTES.INI files), in a folder beside it named "
            + "topology-00001.exports and so on.")
    boolean exports;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Size chosen;
        try {
            chosen = size.toSize();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (files < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--files must be at least 1, found `" + files + "`");
        }
        try {
            for (Path file : new Generator(chosen).write(out, files, seed)) {
                if (exports) {
                    ExportsWriter.write(Files.readString(file), Path.of(file.toString().replaceFirst("\\.json$", ".exports")));
                }
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("failwise: " + out + ": cannot write the files: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        stdout.println("wrote " + files + (files == 1 ? " file" : " files") + " of " + chosen + " to " + out
                + " (seed " + seed + ")" + (exports ? ", each also as Domino exports" : ""));
        return ExitCodes.OK;
    }
}
