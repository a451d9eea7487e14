package failwise.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code failwise schema}: prints the JSON Schema of fact files, so an editor can complete and check them. */
@Command(name = "schema", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:the schema was printed", ExitCodes.HELP_USAGE},
        description = {
            "Prints the JSON Schema (draft 2020-12) of fact files on stdout: every key with its description, the "
                    + "allowed values of each enumeration, and no unknown keys, as failwise itself reads them.",
            "",
            "Save it next to your fact files and point your editor at it to get completion and checking as you "
                    + "type. A schema cannot see everything failwise checks: references to servers or groups the "
                    + "file does not define, duplicate names and group cycles are still reported by evaluate."},
        footer = {
            "",
            "Examples:",
            "  failwise schema > fact-file.schema.json",
            "      then, in VS Code settings.json:",
            "      \"json.schemas\": [{ \"fileMatch\": [\"facts/*.json\"], \"url\": \"./fact-file.schema.json\" }]",
            "      \"yaml.schemas\": { \"./fact-file.schema.json\": \"facts/*.yaml\" }   (Red Hat YAML extension)",
            "  or, in one fact file:  \"$schema\": \"./fact-file.schema.json\""})
final class SchemaCommand implements Callable<Integer> {
    /** Where the schema sits in the jar. */
    static final String RESOURCE = "failwise/fact-file.schema.json";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text());
        out.flush();
        return ExitCodes.OK;
    }

    /** The schema as shipped; a jar without it is a broken build, reported as an internal error. */
    static String text() {
        return Shipped.text(RESOURCE, "the fact-file schema");
    }

}
