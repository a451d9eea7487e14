package failwise.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command (a bug in failwise, not a problem with the user's files) into one
 * line on stderr and exit code 70, instead of a stack trace.
 */
public final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        String what = ex.getMessage() == null ? "" : ": " + ex.getMessage().replaceAll("\\s+", " ");
        commandLine.getErr().println("failwise: internal error: " + ex.getClass().getSimpleName() + what
                + " (please report it with the command and files that caused it)");
        commandLine.getErr().flush();
        return ExitCodes.INTERNAL;
    }
}
