package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.engine.RuleFile;
import failwise.engine.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} and {@code rules export}: what a new user runs first, before any fact file or rule of their own. */
class StartingCommandsTest {
    @TempDir
    Path temp;

    @Test
    void initWritesAStarterThatEvaluatesAndMeetsItsExpectation() {
        Path file = temp.resolve("site.yaml");
        Cli init = Cli.run("init", file.toString());
        Cli batch = Cli.run("--rules", "rules", "batch", file.toString());

        assertThat(init.code()).isZero();
        assertThat(init.out()).isEqualTo("wrote " + file + "; try: failwise evaluate " + file + "\n");
        assertThat(batch.code()).as(batch.toString()).isZero();
        assertThat(batch.out()).startsWith("PASS " + file + "\n");
    }

    @Test
    void initNeverOverwritesWithoutForce() throws Exception {
        Path file = temp.resolve("site.yaml");
        Files.writeString(file, "mine");
        Cli again = Cli.run("init", file.toString());

        assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).startsWith("`" + file + "`: expected a new file, found one already there (--force "
                + "replaces it)\n");
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(Cli.run("init", "--force", file.toString()).code()).isZero();
        assertThat(Files.readString(file)).startsWith("# A starter fact file from `failwise init`.");
    }

    @Test
    void initRefusesJsonWhichCannotHoldTheComments() {
        Cli run = Cli.run("init", temp.resolve("site.json").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("expected a .yaml or .yml file name");
    }

    @Test
    void rulesExportWritesTheBundledPackAsItIs() throws Exception {
        Path dir = temp.resolve("my-rules");
        Cli run = Cli.run("rules", "export", dir.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        List<RuleFile> bundled = RuleSource.bundled().files();
        List<RuleFile> exported = RuleSource.directory(dir).files();
        assertThat(exported).hasSameSizeAs(bundled).hasSizeGreaterThan(20);
        for (int i = 0; i < bundled.size(); i++) {
            assertThat(exported.get(i).relativePath()).isEqualTo(bundled.get(i).relativePath());
            assertThat(exported.get(i).text()).isEqualTo(bundled.get(i).text());
        }
        assertThat(dir.resolve("README.md")).exists();
        assertThat(Cli.run("--rules", dir.toString(), "check").code()).isZero();
    }

    @Test
    void rulesExportKeepsAFolderThatAlreadyHoldsRules() throws Exception {
        Path dir = temp.resolve("my-rules");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("10-mine.drl"), "package mine;\n");
        Cli run = Cli.run("rules", "export", dir.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(dir.resolve("10-mine.drl"))).isEqualTo("package mine;\n");
        assertThat(Cli.run("rules", "export", "--force", dir.toString()).code()).isZero();
        assertThat(dir.resolve("45-failover-decision.drl")).exists();
    }

    @Test
    void aRulesFolderNamedRulesIsStillAFolderNotTheRulesCommand() {
        for (String[] args : List.of(new String[] {"--rules", "rules", "check"},
                new String[] {"--rules=rules", "check"}, new String[] {"check", "--rules", "rules"})) {
            Cli run = Cli.run(args);
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.out()).startsWith("rules: ");
        }
    }
}
