package failwise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import failwise.cli.FailwiseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A consultant classifies a new action by adding one rule file to a copy of the pack: no Java changes. */
class NewActionTest {
    private static final String FACTS = "test-facts/failover/f3-unclassified-action-is-a-finding.json";

    @Test
    void anActionNoRuleKnowsBecomesAFailoverOnceARuleFileClassifiesIt(@TempDir Path dir) throws IOException {
        Path rules = copyOfThePack(dir);

        String before = evaluate(rules);
        assertThat(before).contains("Finding UNCLASSIFIED_ACTION print-job").doesNotContain("FailoverDecision print-job");

        Files.writeString(rules.resolve("21-our-actions.drl"), """
                package failwise.rules

                rule "Printing a document fails over like a database open"
                    @behaviour("F3") @doc("our own decision for this customer")
                    @says("{$action} reads the database, which fails over when the server or database is unavailable")
                when
                    $action : String() from [ "PRINT_DOCUMENT" ]
                then
                    insertLogical(new ActionClass($action, "NOTES_CLIENT", true));
                end
                """);

        String after = evaluate(rules);
        assertThat(after).contains("FailoverDecision print-job: FAILOVER, served by Mail2/Acme (causes: SERVER_DOWN)")
                .doesNotContain("Finding UNCLASSIFIED_ACTION print-job");

        // The list the unknown-action finding suggests from is the pack's own, the consultant's new action included.
        Path misspelt = dir.resolve("misspelt.json");
        Files.writeString(misspelt, """
                { "servers": [ { "name": "Mail1/Acme" } ],
                  "requests": [ { "id": "r", "action": "PRINT_DOCUMNT", "server": "Mail1/Acme" } ] }
                """);
        assertThat(evaluate(rules, misspelt.toString())).contains("request r uses action PRINT_DOCUMNT, which no rule "
                + "classifies (did you mean PRINT_DOCUMENT?)");
    }

    private static Path copyOfThePack(Path dir) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".drl"))::iterator) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        return rules;
    }

    private static String evaluate(Path rules) {
        return evaluate(rules, FACTS);
    }

    private static String evaluate(Path rules, String facts) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new FailwiseCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("--rules", rules.toString(), "evaluate", facts);
        assertThat(err.toString()).isEmpty();
        assertThat(code).isIn(0, 1);
        return out.toString();
    }
}
