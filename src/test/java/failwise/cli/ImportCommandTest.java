package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import failwise.facts.FactLoader;
import failwise.facts.LoadResult;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import failwise.whatif.Diff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code failwise import} on the fixtures of {@code test-facts/import/}: the Acme estate imports to a fact file that
 * concludes what its hand-written twin concludes, and every input it does not understand earns its located line.
 */
class ImportCommandTest {
    private static final String ESTATE = "test-facts/import/acme/exports";
    private static final String TWIN = "test-facts/import/acme/acme-estate.yaml";
    private static final Path UNSUPPORTED = Path.of("test-facts/import/unsupported");

    private static RuleBase rules;

    @TempDir
    Path temp;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.directory(Path.of("rules")).files());
    }

    @Test
    void theAcmeEstateConcludesWhatItsHandWrittenTwinConcludes() throws Exception {
        Path out = temp.resolve("acme.yaml");
        Cli run = Cli.run("import", ESTATE, "--requests", TWIN, "--out", out.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        LoadResult imported = new FactLoader().load(out);
        assertThat(imported.problems()).isEmpty();
        LoadResult twin = new FactLoader().load(Path.of(TWIN));
        Diff.Result diff = Diff.of(imported.snapshot(), rules, twin.snapshot(), rules);
        assertThat(diff.differences()).isEmpty();
        assertThat(diff.a().conclusions()).hasSameSizeAs(diff.b().conclusions()).hasSizeGreaterThan(10);
        CaseResult result = new CaseRunner(rules, false).run(out);
        assertThat(result.status()).as(result.failed().toString()).isEqualTo(CaseResult.Status.PASS);
        assertThat(result.expectations()).hasSize(6);
    }

    @Test
    void theYamlSaysWhereEachValueCameFrom() throws IOException {
        Path out = temp.resolve("acme.yaml");
        Cli.run("import", ESTATE, "--out", out.toString());
        String yaml = Files.readString(out);

        assertThat(yaml).contains("    availabilityIndex: 20  # " + ESTATE + "/show-cluster-mail1.txt:3\n",
                "      Server_Availability_Threshold: 30  # " + ESTATE + "/show-cluster-mail1.txt:2\n",
                "    modified: \"2024-03-01T09:00:00.500Z\"\n",
                "    path: \"mail/jdoe.nsf\"\n");
    }

    @Test
    void jsonCarriesTheSourcesInASectionTheLoaderAccepts() throws IOException {
        Path out = temp.resolve("acme.json");
        Cli run = Cli.run("import", ESTATE, "--requests", TWIN, "--out", out.toString());

        assertThat(run.code()).isZero();
        assertThat(new FactLoader().load(out).problems()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.path("servers").get(2).path("name").asText()).isEqualTo("Mail1/Acme");
        assertThat(root.path("sources").path("/servers/2/notesIni/Server_Availability_Threshold").asText())
                .isEqualTo(ESTATE + "/show-cluster-mail1.txt:2");
        assertThat(root.path("sources").path("/replicas/3").asText()).isEqualTo(ESTATE + "/cldbdir-mail.dxl:36");
    }

    @Test
    void theSummaryAndEveryLocatedLineAreExactlyTheExpectedOnes() throws IOException {
        Cli run = Cli.run("import", ESTATE, "--requests", TWIN);

        assertThat(run.err() + "exit " + run.code() + "\n")
                .isEqualTo(Files.readString(Path.of("test-facts/import/acme/import.expected")));
        assertThat(run.out()).startsWith("# Imported by failwise import from ");
    }

    static Stream<Path> unsupportedInputs() throws IOException {
        try (Stream<Path> files = Files.list(UNSUPPORTED)) {
            return files.filter(f -> !f.toString().endsWith(".expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("unsupportedInputs")
    void everyInputNotUnderstoodEarnsItsLocatedLine(Path input) throws IOException {
        Cli run = Cli.run("import", input.toString());

        assertThat(run.err() + "exit " + run.code() + "\n")
                .isEqualTo(Files.readString(Path.of(input + ".expected")));
    }

    @Test
    void aRequestsFileMayHoldOnlyTheQuestions() throws Exception {
        Path out = temp.resolve("asked.yaml");
        Cli run = Cli.run("import", ESTATE, "--requests", "src/test/resources/import/ask-acme.yaml", "--out",
                out.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("src/test/resources/import/ask-acme.yaml: requests file: took 1 request and "
                + "1 expectation\n");
        CaseResult result = new CaseRunner(rules, false).run(out);
        assertThat(result.status()).isEqualTo(CaseResult.Status.PASS);
        assertThat(Files.readString(out)).contains("name: \"Acme: does Jane's mail file open while Mail1 is busy?\"");
    }

    @Test
    void aRequestOnAServerTheEstateLacksIsLocatedInTheRequestsFile() {
        Cli run = Cli.run("import", ESTATE, "--requests", "src/test/resources/import/ask-about-an-unknown-server.yaml");

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("src/test/resources/import/ask-about-an-unknown-server.yaml:2:53: "
                + "unknown-reference: /requests/0/server: expected the name of a server in /servers, found "
                + "`Mail7/Acme` (in the imported estate either)\n");
    }

    @Test
    void theOrderOfTheInputsChangesNoServer() {
        Cli forward = Cli.run("import", ESTATE + "/names.dxl", ESTATE + "/show-cluster-mail1.txt");
        Cli backward = Cli.run("import", ESTATE + "/show-cluster-mail1.txt", ESTATE + "/names.dxl");

        String servers = forward.out().substring(forward.out().indexOf("servers:"), forward.out().indexOf("replicas:"));
        assertThat(servers.replaceAll("#.*", "")).isEqualTo(backward.out().substring(backward.out().indexOf("servers:"),
                backward.out().indexOf("replicas:")).replaceAll("#.*", ""));
        assertThat(servers).contains("name: \"Mail3/Acme\"", "state: \"UNREACHABLE\"");
    }

    @Test
    void aMissingInputIsOneLineAndTheOthersAreStillImported() {
        Cli run = Cli.run("import", "no-such-export.dxl", ESTATE + "/notes-dominob.ini");

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("no-such-export.dxl: io: cannot read the file: no such file\n");
        assertThat(run.out()).contains("name: \"DominoB/Acme\"");
    }

    @Test
    void theReadmeShowsARealRun() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("<!-- example-import -->");
        int open = readme.indexOf('\n', readme.indexOf("```", at)) + 1;
        String block = readme.substring(open, readme.indexOf("\n```", open) + 1);
        String expected = Files.readString(Path.of("test-facts/import/acme/import.expected"));

        assertThat(at).isNotNegative();
        assertThat(block).isEqualTo("$ java -jar target/failwise.jar import " + ESTATE + " --requests " + TWIN
                + " --out acme.yaml\n" + expected.substring(0, expected.lastIndexOf("exit ")) + "wrote acme.yaml\n");
    }

    @Test
    void anOutputNameThatSaysNoFormatIsAUsageError() {
        Cli run = Cli.run("import", ESTATE, "--out", temp.resolve("estate.txt").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("expected a name ending in .yaml, .yml or .json");
        assertThat(temp.resolve("estate.txt")).doesNotExist();
    }
}
