package failwise.watch;

import failwise.engine.LiveRuleBase;
import failwise.engine.RuleBase;
import failwise.engine.RuleCompileException;
import failwise.engine.RuleFile;
import failwise.engine.RuleSource;
import failwise.verify.CaseResult;
import failwise.verify.CaseRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Evaluates fact files, then re-evaluates them whenever a rule file or one of them changes and prints what changed
 * in the conclusions. Rules that stop compiling leave the last good ones in force; a fact file that becomes
 * invalid is reported and its last good conclusions stay the baseline. Runs until {@link #stop()}.
 */
public final class Watcher {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path rulesFolder;
    private final List<Path> files;
    private final PrintWriter out;
    private final PrintWriter err;
    private final WatchOutput output;
    private final Clock clock;
    private final Duration poll;
    private final Duration debounce;
    private final Map<Path, CaseResult> lastGood = new LinkedHashMap<>();
    private volatile boolean stopped;
    private volatile ChangeSignal signal;
    private RuleBase rules;
    private volatile CompletableFuture<LiveRuleBase> live;

    /**
     * {@code rulesFolder} is watched and recompiled (null: {@code rules} are fixed); {@code poll} is how often
     * files are compared when the file system reports nothing, {@code debounce} how long they must stay still.
     */
    public Watcher(RuleBase rules, Path rulesFolder, List<Path> files, PrintWriter out, PrintWriter err,
                   WatchOutput output, Clock clock, Duration poll, Duration debounce) {
        this.rules = rules;
        this.rulesFolder = rulesFolder;
        this.files = List.copyOf(files);
        this.out = out;
        this.err = err;
        this.output = output;
        this.clock = clock;
        this.poll = poll;
        this.debounce = debounce;
    }

    /** Evaluates once, then watches until stopped or interrupted. */
    public void run() {
        // Taken before the first evaluation, so an edit made while it runs is not lost.
        Fingerprint last = Fingerprint.of(rulesFolder, files);
        files.forEach(this::evaluate);
        out.println("watching " + (rulesFolder == null ? "" : "the rules in " + rulesFolder + " and ")
                + files.size() + " fact file" + (files.size() == 1 ? "" : "s") + "; Ctrl-C stops");
        out.flush();
        compileForEdits();
        try (ChangeSignal s = new ChangeSignal(rulesFolder, files)) {
            signal = s;
            while (!stopped) {
                Set<Path> reported = s.await(poll);
                Fingerprint now = Fingerprint.of(rulesFolder, files, last, reported);
                if (now.equals(last)) {
                    continue;
                }
                now = settle(now);
                Set<Path> changed = now.changedSince(last);
                last = now;
                if (!changed.isEmpty() && !stopped) {
                    changed(changed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the watch; {@link #run()} returns soon after. */
    public void stop() {
        stopped = true;
        ChangeSignal s = signal;
        if (s != null) {
            s.close();
        }
    }

    /** Waits until the files stay unchanged for the debounce time, so a save in several writes is one change. */
    private Fingerprint settle(Fingerprint now) throws InterruptedException {
        Fingerprint settled = now;
        while (!stopped) {
            Thread.sleep(debounce.toMillis());
            Fingerprint again = Fingerprint.of(rulesFolder, files, settled, Set.of());
            if (again.equals(settled)) {
                return settled;
            }
            settled = again;
        }
        return settled;
    }

    private void changed(Set<Path> changed) {
        List<String> names = new ArrayList<>(new TreeSet<>(changed.stream().map(Path::toString).toList()));
        out.println();
        out.println("[" + LocalTime.now(clock).format(TIME) + "] changed: " + String.join(", ", names));
        out.flush();
        List<Path> again = new ArrayList<>();
        boolean rulesChanged = changed.stream().anyMatch(p -> !files.contains(p));
        if (rulesChanged && recompile()) {
            again.addAll(files);
        } else {
            files.stream().filter(changed::contains).forEach(again::add);
        }
        again.forEach(this::evaluate);
    }

    /**
     * Compiles the pack once more in the background, keeping what an edit needs to recompile only the files it
     * touched: the consultant's saved rule then takes effect in a fraction of a second instead of the second or
     * more of a full compilation (several, while the JVM is still warming up).
     */
    private void compileForEdits() {
        if (rulesFolder == null) {
            return;
        }
        live = CompletableFuture.supplyAsync(() -> {
            try {
                return LiveRuleBase.compile(RuleSource.directory(rulesFolder).files());
            } catch (RuleCompileException | IOException | RuntimeException e) {
                return null; // the first edit compiles in full and reports its own problems
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "failwise-watch-compile");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private boolean recompile() {
        try {
            List<RuleFile> files = RuleSource.directory(rulesFolder).files();
            if (files.isEmpty() && !rules.files().isEmpty()) {
                // Every rule file moved away at once is far more often a mistake, or a move in progress, than a
                // wish to conclude nothing: as when the folder disappears, the last good rules stay.
                err.println(rulesFolder + ": no .drl rule files left; keeping the last good rules");
                err.flush();
                return false;
            }
            LiveRuleBase pack = live == null ? null : live.join();
            if (pack == null) {
                pack = LiveRuleBase.compile(files);
                live = CompletableFuture.completedFuture(pack);
                rules = pack.current();
            } else {
                rules = pack.update(files);
            }
            return true;
        } catch (RuleCompileException e) {
            e.problems().forEach(p -> err.println(p.render()));
            err.println(rulesFolder + ": keeping the last good rules");
        } catch (IOException e) {
            err.println(rulesFolder + ": cannot read the rules: " + e.getMessage() + "; keeping the last good rules");
        }
        err.flush();
        return false;
    }

    private void evaluate(Path file) {
        CaseResult result = new CaseRunner(rules, false).run(file);
        CaseResult before = lastGood.get(file);
        if (result.evaluation() == null || result.ruleFailure() != null) {
            result.allProblems().forEach(p -> err.println(p.render()));
            err.flush();
            return;
        }
        lastGood.put(file, result);
        if (before == null) {
            output.report(result);
        } else {
            List<String> lines = ConclusionDiff.lines(before.evaluation(), result.evaluation(), output);
            out.println(result.source() + (lines.isEmpty() ? ": no change in conclusions" : ""));
            lines.forEach(line -> out.println("  " + line));
        }
        out.flush();
    }
}
