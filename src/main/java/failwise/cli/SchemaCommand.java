package failwise.cli;

import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code failwise schema}: prints the JSON Schema of fact files, so an editor can complete and check them. */
@Command(name = "schema", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:the schema was printed", ExitCodes.HELP_USAGE,
            "3:the rules do not compile, or a `values of` query names no field of a fact file"},
        description = {
            "Prints the JSON Schema (draft 2020-12) of fact files on stdout: every key with its description, the "
                    + "allowed values of each enumeration, and no unknown keys, as failwise itself reads them.",
            "",
            "The values offered for a request's action and for an expectation's reason, causes and finding code "
                    + "come from the rules in force (their `values of` queries, rules/90-values-the-schema-offers.drl "
                    + "in the bundled pack), so a pack that adds an action or a reason offers it too.",
            "",
            "Save it next to your fact files and point your editor at it to get completion and checking as you "
                    + "type. A schema cannot see everything failwise checks: references to servers or groups the "
                    + "file does not define, duplicate names and group cycles are still reported by evaluate."},
        footer = {
            "",
            "Examples:",
            "  failwise schema > fact-file.schema.json",
            "  failwise --rules my-rules schema > fact-file.schema.json   (the values of your own pack)",
            "      then, in VS Code settings.json:",
            "      \"json.schemas\": [{ \"fileMatch\": [\"facts/*.json\"], \"url\": \"./fact-file.schema.json\" }]",
            "      \"yaml.schemas\": { \"./fact-file.schema.json\": \"facts/*.yaml\" }   (Red Hat YAML extension)",
            "  or, in one fact file:  \"$schema\": \"./fact-file.schema.json\""})
final class SchemaCommand implements Callable<Integer> {
    @ParentCommand
    FailwiseCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleBase rules = parent.compileRules(spec, RuleSource.Pack.WHY_NOT);
        if (rules == null) {
            return ExitCodes.RULES;
        }
        String text;
        try {
            text = FactFileSchema.text(rules);
        } catch (FactFileSchema.UnknownField e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.RULES;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return ExitCodes.OK;
    }
}
