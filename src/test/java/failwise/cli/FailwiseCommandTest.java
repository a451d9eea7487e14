package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailwiseCommandTest {

    @Test
    void versionPrintsNameAndVersion() {
        Cli run = Cli.run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("failwise 0.1.0\n");
    }

    @Test
    void helpNamesTheCommandsTheRulesOptionAndTheExitCodes() {
        Cli run = Cli.run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: failwise [-hV] [--no-cache] [--rules=DIR] [--timeout=SECONDS] [COMMAND]")
                .contains("evaluate").contains("explain").contains("--rules=DIR")
                .contains("3    the rules do not compile").contains("70   a failwise bug").contains("Examples:");
    }

    @Test
    void subcommandHelpTeachesWithExamplesAndInheritsTheRulesOption() {
        Cli run = Cli.run("evaluate", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: failwise evaluate").contains("--rules=DIR").contains("--explain")
                .contains("failwise evaluate --format json site.yaml");
    }

    @Test
    void noCommandIsAUsageErrorThatShowsTheUsage() {
        Cli run = Cli.run();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: failwise");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli run = Cli.run("evalute", "x.json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument").doesNotContain("\tat ");
    }

    @Test
    void anExceptionThatEscapesACommandIsOneLineAndExitCode70() {
        picocli.CommandLine cl = new picocli.CommandLine(new FailwiseCommand());
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err, true));
        int code = new InternalErrorHandler().handleExecutionException(
                new IllegalStateException("cannot\n happen"), cl, null);
        assertThat(code).isEqualTo(70);
        assertThat(err.toString()).isEqualTo("failwise: internal error: IllegalStateException: cannot happen (please "
                + "report it with the command and files that caused it)\n");
    }
}
