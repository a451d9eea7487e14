package failwise.cli;

import failwise.batch.AtomicFile;
import failwise.importer.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code failwise import}: turns a customer's Domino exports into a fact file every other command can read. */
@Command(name = "import", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION, sortOptions = false,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {
            "0:the fact file was written; anything skipped is on stderr",
            ExitCodes.HELP_USAGE,
            "4:an input could not be read (malformed XML, over a limit, not a known format), or the result does "
                    + "not load; the rest is still imported and written"},
        description = {
            "Reads a customer's Domino exports and writes a fact file of the estate. Each input is recognised by "
                    + "its content, not its name: DXL of names.nsf (Server, Group and Foreign Domain documents, the "
                    + "ACL), DXL of cldbdir.nsf (replicas with their Out of Service and Pending Delete marks), "
                    + "`show cluster` and `show stat` console captures, and NOTES.INI files. A folder stands for "
                    + "every file under it.",
            "",
            "Facts about one server from several inputs are merged by canonical name. Where inputs disagree, a "
                    + "live value (state, availability index, users, NOTES.INI settings) is taken from the console "
                    + "over NOTES.INI over the Directory, the cluster name from the Directory over the console, and "
                    + "between inputs of one kind from the one given later; each disagreement is reported with "
                    + "both places.",
            "",
            "The fact file is YAML with a `# file:line` comment after each imported value, or JSON with a "
                    + "`sources` section when --out ends in .json. stderr says what each input was, every "
                    + "document, item or line that was not understood (one located line each), and what was "
                    + "imported and skipped."},
        footer = {
            "",
            "Examples:",
            "  failwise import exports/ --out acme.yaml",
            "      every file under exports/: DXL, console captures, NOTES.INI files",
            "  failwise import names.dxl cldbdir-mail.dxl show-cluster.txt notes-*.ini --requests ask.yaml --out acme.yaml",
            "      with the requests and expect block of ask.yaml, then: failwise evaluate acme.yaml",
            "  failwise import exports/ --out acme.json",
            "      JSON, with where each value came from in `sources`"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Exports to read, or folders of them.")
    List<Path> inputs;

    @Option(names = "--requests", paramLabel = "FACTS",
            description = "A fact file whose requests and expect block (and name) are added; it may hold only those.")
    Path requests;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the fact file (JSON when it ends in .json, else YAML). Default: stdout.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String lower = out == null ? ".yaml" : out.toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".json") && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            // Every command picks the format of a fact file by its extension: another one would be read as JSON.
            throw new ParameterException(spec.commandLine(), "--out `" + out + "`: expected a name ending in .yaml, "
                    + ".yml or .json, which says the format to every command that reads it");
        }
        boolean json = lower.endsWith(".json");
        String name = out == null ? "<stdout>" : out.toString();
        Importer.Result result = new Importer().run(inputs, requests, json, name);
        result.lines().forEach(err::println);
        int code = result.failed() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        if (out == null) {
            spec.commandLine().getOut().print(result.text());
            spec.commandLine().getOut().flush();
        } else {
            try (AtomicFile file = AtomicFile.open(out)) {
                file.writer().print(result.text());
                file.commit();
                err.println("wrote " + out);
            } catch (IOException e) {
                err.println("failwise: " + out + ": cannot write the fact file: " + e.getMessage());
                code = ExitCodes.USAGE;
            }
        }
        err.flush();
        return code;
    }
}
