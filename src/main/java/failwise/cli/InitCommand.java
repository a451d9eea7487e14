package failwise.cli;

import failwise.batch.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code failwise init FILE}: writes a commented starter fact file to begin from. */
@Command(name = "init", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:the file was written",
            "2:usage error (the file exists and --force was not given, it is not .yaml or .yml, or it cannot be "
                    + "written)"},
        description = {
            "Writes a starter fact file in YAML: two servers of a cluster, a replica on each, one request and "
                    + "its expected conclusion, with a comment on every section saying what goes there. It "
                    + "evaluates as it is; change it into the customer's topology."},
        footer = {"", "Examples:", "  failwise init site.yaml && failwise evaluate site.yaml"})
final class InitCommand implements Callable<Integer> {
    static final String RESOURCE = "failwise/starter.yaml";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The fact file to write (.yaml or .yml).")
    Path file;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        String name = file.toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new ParameterException(spec.commandLine(), "`" + file + "`: expected a .yaml or .yml file name "
                    + "(the starter explains itself in comments, which JSON cannot hold)");
        }
        if (Files.exists(file) && !force) {
            throw new ParameterException(spec.commandLine(), "`" + file + "`: expected a new file, found one "
                    + "already there (--force replaces it)");
        }
        try (AtomicFile out = AtomicFile.open(file)) {
            out.writer().print(text());
            out.commit();
        } catch (IOException e) {
            spec.commandLine().getErr().println("failwise: " + file + ": cannot write the file: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println("wrote " + file + "; try: failwise evaluate " + file);
        return ExitCodes.OK;
    }

    /** The starter as shipped; a jar without it is a broken build, reported as an internal error. */
    static String text() {
        return Shipped.text(RESOURCE, "the starter fact file");
    }

}
