package failwise.cli;

import failwise.engine.RuleFile;
import failwise.engine.RuleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code failwise rules export DIR}: writes the bundled rule pack, with its README, to a folder to edit. */
@Command(name = "export", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION,
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:the rules were written",
            "2:usage error (the folder already holds .drl files and --force was not given, or cannot be written)"},
        description = {
            "Writes the rule pack bundled with failwise (the one explanations cite as (bundled)/...) to DIR, "
                    + "with its README, so you can open, read and change it. Then run any command with --rules "
                    + "DIR, or name the folder rules and run from its parent folder."},
        footer = {"", "Examples:", "  failwise rules export my-rules",
            "  failwise --rules my-rules explain site.yaml --request open-mail"})
final class RulesExportCommand implements Callable<Integer> {
    private static final String README = "failwise/bundled-rules/README.md";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write the rules to (created if missing).")
    Path dir;

    @Option(names = "--force", description = "Replace the rule files of a folder that already holds some.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (!force && holdsRules(dir)) {
            throw new ParameterException(spec.commandLine(), "`" + dir + "`: expected a folder without .drl files, "
                    + "found some (--force replaces them)");
        }
        RuleSource bundled = RuleSource.bundled();
        try {
            Files.createDirectories(dir);
            for (RuleFile file : bundled.files()) {
                Path target = dir.resolve(file.relativePath());
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.writeString(target, file.text());
            }
            Files.writeString(dir.resolve("README.md"), Shipped.text(README, "the rules guide"));
        } catch (IOException e) {
            spec.commandLine().getErr().println("failwise: " + dir + ": cannot write the rules: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println("wrote " + bundled.files().size() + " rule files and README.md to " + dir
                + "; use them with --rules " + dir);
        return ExitCodes.OK;
    }

    private static boolean holdsRules(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.toString().endsWith(".drl"));
        }
    }
}
