package failwise.engine;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.IncrementalResults;
import org.kie.internal.builder.InternalKieBuilder;

/**
 * A rule pack that follows edits of its files: after the first full compilation, an edit of some rule files
 * recompiles only those files and updates the rule base in place (a tenth of a second instead of one or several),
 * which is what lets {@code watch} show the effect of a saved rule at once. A change that adds, removes or renames a
 * file, or touches a file that declares types, is compiled in full; so is every change after an update went wrong.
 * An edit that does not compile is reported with its located problems and the rule base stays as it was.
 * Not thread-safe: one owner updates it, and evaluations on {@link #current()} must not run during an update.
 */
public final class LiveRuleBase {
    private static final String KFS_ROOT = "src/main/resources/rules/";

    private KieFileSystem kfs;
    private KieBuilder builder;
    private KieContainer container;
    private Map<String, String> display;
    private Map<String, String> texts;
    private RuleBase current;
    private boolean trusted = true;

    private LiveRuleBase(KieFileSystem kfs, KieBuilder builder, KieContainer container, Map<String, String> display,
                         Map<String, String> texts, RuleBase current) {
        this.kfs = kfs;
        this.builder = builder;
        this.container = container;
        this.display = display;
        this.texts = texts;
        this.current = current;
    }

    /** Compiles the rule files in full; every problem is reported, located at its file and line. */
    public static LiveRuleBase compile(List<RuleFile> files) throws RuleCompileException {
        NetworkSettings.apply();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> display = new HashMap<>();
        for (RuleFile f : files) {
            kfs.write(KFS_ROOT + f.relativePath(), resource(ks, f.text()));
            display.put("rules/" + f.relativePath(), f.displayPath());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleCompileException(CompileMessages.toProblems(errors, display));
        }
        KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        return new LiveRuleBase(kfs, builder, container, display, texts(files),
                RuleBase.of(container.getKieBase(), files));
    }

    /** The rule base as of the last update that compiled. */
    public RuleBase current() {
        return current;
    }

    /**
     * Brings the rule base in line with {@code files}, the pack as it is now on disk, and returns it. Throws, with
     * every problem located, when the edited files do not compile; {@link #current()} is then unchanged.
     */
    public RuleBase update(List<RuleFile> files) throws RuleCompileException {
        Map<String, String> now = texts(files);
        if (now.equals(texts)) {
            return current;
        }
        List<String> changed = now.keySet().stream().filter(p -> !now.get(p).equals(texts.get(p))).toList();
        if (!trusted || !now.keySet().equals(texts.keySet())
                || changed.stream().anyMatch(p -> declaresTypes(texts.get(p)) || declaresTypes(now.get(p)))) {
            return replaceWith(compile(files));
        }
        for (String path : changed) {
            kfs.write(KFS_ROOT + path, resource(KieServices.Factory.get(), now.get(path)));
        }
        IncrementalResults results = ((InternalKieBuilder) builder)
                .createFileSet(changed.stream().map(p -> KFS_ROOT + p).toArray(String[]::new)).build();
        List<Message> errors = results.getAddedMessages().stream()
                .filter(m -> m.getLevel() == Message.Level.ERROR).map(Message.class::cast).toList();
        if (!errors.isEmpty()) {
            // The builder now holds the broken text: the next change is compiled in full.
            trusted = false;
            throw new RuleCompileException(CompileMessages.toProblems(errors, display));
        }
        try {
            Results updated = container.updateToVersion(builder.getKieModule().getReleaseId());
            if (updated.hasMessages(Message.Level.ERROR)) {
                return replaceWith(compile(files));
            }
        } catch (RuntimeException e) {
            return replaceWith(compile(files));
        }
        texts = now;
        current.disposeIdleSessions();
        current = RuleBase.of(container.getKieBase(), files);
        return current;
    }

    /** Takes over a fully compiled pack; the old builder and container go with the old rule base. */
    private RuleBase replaceWith(LiveRuleBase fresh) {
        current.disposeIdleSessions();
        kfs = fresh.kfs;
        builder = fresh.builder;
        container = fresh.container;
        display = fresh.display;
        texts = fresh.texts;
        current = fresh.current;
        trusted = true;
        return current;
    }

    private static boolean declaresTypes(String drl) {
        return drl != null && drl.matches("(?s).*(?m:^\\s*declare\\s).*");
    }

    private static org.kie.api.io.Resource resource(KieServices ks, String text) {
        return ks.getResources().newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                .setResourceType(ResourceType.DRL);
    }

    private static Map<String, String> texts(List<RuleFile> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach(f -> texts.put(f.relativePath(), f.text()));
        return texts;
    }
}
