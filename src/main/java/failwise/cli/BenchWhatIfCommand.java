package failwise.cli;

import failwise.bench.Generator;
import failwise.bench.Samples;
import failwise.bench.Size;
import failwise.engine.RuleBase;
import failwise.engine.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code failwise bench what-if}: {@code evaluate --set} against {@code evaluate}, and {@code explain --why-not}
 * against {@code explain}, of one generated estate, each command's own code run in this JVM on the compiled packs.
 */
@Command(name = "what-if", mixinStandardHelpOptions = true, version = FailwiseCommand.VERSION, sortOptions = false,
        description = {
            "Generates one file of N servers, 10N replicas and 5N requests, then runs, in this JVM and in turn, "
                    + "the commands evaluate FILE, evaluate FILE --set CHANGE, explain FILE --request ID and explain "
                    + "FILE --request ID --why-not (output discarded), and prints each one's median wall and thread "
                    + "CPU time, the two ratios, the run count and the load average.",
            "",
            "Each command runs as it does from the command line, reading the file, less starting the JVM and "
                    + "compiling the rules: both packs are compiled once first. One warm-up round precedes the "
                    + "timed ones. The default request and change are those of the seed-1 file: an open that "
                    + "fails over from its down home server, and that server up again."},
        footer = {"", "Examples:", "  failwise bench what-if",
            "      1,000 servers, 3 rounds",
            "  failwise bench what-if --servers 200 --request r000001 --set 'Mail00001/Acme.state=DOWN'"})
final class BenchWhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--servers", paramLabel = "N", description = "Servers of the file. Default: ${DEFAULT-VALUE}.")
    int servers = 1_000;

    @Option(names = "--request", paramLabel = "ID", description = "The request explained. Default: ${DEFAULT-VALUE}.")
    String request = "r000002";

    @Option(names = "--set", paramLabel = "CHANGE", description = "The change of evaluate --set. "
            + "Default: ${DEFAULT-VALUE}.")
    String change = "Mail00944/Acme.state=UP";

    @Option(names = "--runs", paramLabel = "N", description = "Timed rounds (median). Default: ${DEFAULT-VALUE}.")
    int runs = 3;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    private static final String[] NAMES = {"evaluate", "evaluate --set", "explain", "explain --why-not"};

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || servers < 1) {
            spec.commandLine().getErr().println("failwise bench what-if: expected --runs and --servers of 1 or more, "
                    + "found --runs " + runs + " --servers " + servers);
            return ExitCodes.USAGE;
        }
        RuleBase plain = bench.parent.compileRules(spec, RuleSource.Pack.CONCLUSIONS);
        RuleBase whyNot = plain == null ? null : bench.parent.compileRules(spec, RuleSource.Pack.WHY_NOT);
        if (whyNot == null) {
            return ExitCodes.RULES;
        }
        Path dir = Files.createTempDirectory("failwise-what-if-");
        Path file = null;
        try {
            file = new Generator(new Size(servers, 10 * servers, 5 * servers, Size.times(1).documents()))
                    .write(dir, 1, seed).get(0);
            measure(spec.commandLine().getOut(), plain, whyNot, file);
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        }
        return ExitCodes.OK;
    }

    private void measure(PrintWriter out, RuleBase plain, RuleBase whyNot, Path file) {
        String f = file.toString();
        List<List<String>> commands = List.of(List.of("evaluate", f), List.of("evaluate", f, "--set", change),
                List.of("explain", f, "--request", request), List.of("explain", f, "--request", request, "--why-not"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Samples[] wall = new Samples[4];
        Samples[] cpu = new Samples[4];
        for (int i = 0; i < 4; i++) {
            wall[i] = new Samples();
            cpu[i] = new Samples();
        }
        for (int r = 0; r <= runs; r++) {
            for (int k = 0; k < 4; k++) {
                int i = r % 2 == 0 ? k : 3 - k; // the order reversed every round
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                int code = run(commands.get(i), i < 2 ? plain : whyNot);
                long took = System.nanoTime() - start;
                if (code != ExitCodes.OK) {
                    throw new IllegalStateException(String.join(" ", commands.get(i)) + " exited with " + code);
                }
                if (r > 0) { // the first round is the warm-up
                    wall[i].add(took);
                    cpu[i].add(threads.getCurrentThreadCpuTime() - cpuStart);
                }
            }
        }
        out.printf(Locale.ROOT, "%,d servers: %s%n", servers, ratio(wall, cpu, 0, 1));
        out.printf(Locale.ROOT, "%,d servers: %s (median of %d, load average %s)%n", servers, ratio(wall, cpu, 2, 3),
                runs, Samples.loadAverage());
        out.flush();
    }

    private static String ratio(Samples[] wall, Samples[] cpu, int a, int b) {
        return String.format(Locale.ROOT, "%s %s, %s %s: %.2f× (thread CPU %s and %s: %.2f×)", NAMES[a],
                Samples.human(wall[a].median()), NAMES[b], Samples.human(wall[b].median()),
                (double) wall[b].median() / wall[a].median(), Samples.human(cpu[a].median()),
                Samples.human(cpu[b].median()), (double) cpu[b].median() / cpu[a].median());
    }

    /** One command as the command line parses it, run on the compiled pack, its output discarded. */
    private static int run(List<String> args, RuleBase rules) {
        CommandLine line = new CommandLine(new FailwiseCommand());
        CommandLine.ParseResult parsed = line.parseArgs(args.toArray(String[]::new));
        Object command = parsed.subcommand().commandSpec().userObject();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        if (command instanceof EvaluateCommand evaluate) {
            return evaluate.run(rules, nowhere, nowhere);
        }
        return ((ExplainCommand) command).run(rules, nowhere, nowhere);
    }
}
