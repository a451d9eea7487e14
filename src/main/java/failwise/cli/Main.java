package failwise.cli;

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
        System.exit(configure(new CommandLine(new FailwiseCommand())).execute(args));
    }

    /**
     * The production wiring: UTF-8 output (explanation trees use box-drawing characters, and Java 17 would
     * otherwise follow the platform encoding) and a last-resort handler so no stack trace reaches a user.
     */
    static CommandLine configure(CommandLine commandLine) {
        return commandLine
                .setOut(utf8(FileDescriptor.out))
                .setErr(utf8(FileDescriptor.err))
                .setExecutionExceptionHandler(new InternalErrorHandler());
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
