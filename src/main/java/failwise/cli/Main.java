package failwise.cli;

import failwise.verify.CaseRunner;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code failwise} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = configure(new CommandLine(new FailwiseCommand()));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the handler; an Error would otherwise end in a stack trace.
            code = lastResort(commandLine, "out of memory: the Java heap of " + CaseRunner.heapMiB() + " MiB is full; "
                    + CaseRunner.MORE_HEAP, ExitCodes.BAD_INPUT);
        } catch (StackOverflowError e) {
            code = lastResort(commandLine, "internal error: StackOverflowError (please report it with the command "
                    + "and files that caused it)", ExitCodes.INTERNAL);
        }
        System.exit(code);
    }

    private static int lastResort(CommandLine commandLine, String message, int code) {
        commandLine.getErr().println("failwise: " + message);
        commandLine.getErr().flush();
        return code;
    }

    /**
     * The production wiring: UTF-8 output (explanation trees use box-drawing characters, and Java 17 would
     * otherwise follow the platform encoding) that escapes what a terminal would act on ({@link TerminalText}), and a
     * last-resort handler so no stack trace reaches a user.
     */
    static CommandLine configure(CommandLine commandLine) {
        return commandLine
                .setOut(TerminalText.output(utf8(FileDescriptor.out)))
                .setErr(TerminalText.errors(utf8(FileDescriptor.err)))
                .setExecutionExceptionHandler(new InternalErrorHandler())
                .setParameterExceptionHandler(Main::usageError);
    }

    /**
     * A usage mistake gets its one line, picocli's suggestions for a mistyped option or command, and where the
     * help is, instead of the whole help text burying the line that matters.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try `" + cmd.getCommandSpec().qualifiedName() + " --help` for its options and examples.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static OutputStreamWriter utf8(FileDescriptor fd) {
        return new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8);
    }
}
