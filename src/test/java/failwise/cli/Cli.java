package failwise.cli;

import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line as a user would, capturing exit code, stdout and stderr together. */
record Cli(int code, String out, String err) {
    static final String RULES = "src/test/resources/cli-rules";
    static final String FACTS = "src/test/resources/cli/";

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new FailwiseCommand())
                .setOut(TerminalText.output(out))
                .setErr(TerminalText.errors(err))
                .execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
