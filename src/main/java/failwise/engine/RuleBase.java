package failwise.engine;

import failwise.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule pack: built once per run from the rule files and shared by every evaluation (a KieBase is
 * thread-safe; sessions are not). Knows each rule's sentence, behaviour id and place.
 */
public final class RuleBase {
    private static final Pattern RULE_HEADER =
            Pattern.compile("^[ \\t]*rule[ \\t]+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))", Pattern.MULTILINE);

    /**
     * Sessions kept for reuse: a new session creates the memory of every node a fact reaches, which was a tenth of
     * a typical evaluation; a reset session keeps those memories, emptied. Only sessions that evaluated a small file
     * are kept, so a large file's memories are not held after it; at most one per core.
     */
    private static final int REUSE_UP_TO_FACTS = 5_000;
    private static final int IDLE_SESSIONS = Runtime.getRuntime().availableProcessors();

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final List<RuleFile> files;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private volatile java.time.Duration timeLimit = TimeLimit.DEFAULT;
    private volatile RuleCode code;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, List<RuleFile> files) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.files = files;
    }

    /** Compiles the rule files; every problem is reported, located at its file and line. */
    public static RuleBase compile(List<RuleFile> files) throws RuleCompileException {
        return LiveRuleBase.compile(files).current();
    }

    /** A rule base around a KieBase built from {@code files} elsewhere (by the cache, from a stored entry). */
    static RuleBase of(KieBase kieBase, List<RuleFile> files) {
        Map<String, RuleInfo> rules = describe(kieBase, files);
        fireInReadingOrder(kieBase, rules, files);
        return new RuleBase(kieBase, rules, List.copyOf(files));
    }

    /**
     * When several rules have matches waiting, Drools fires the one with the lowest load order first. The builder
     * numbers the rules of a package in whatever order it met the files (not their name order), so a decision rule
     * of 45 could fire before the refusals of 30 that it waits for with a {@code not}: truth maintenance then took
     * the decision back and made another, about one wasted decision per request. Numbering the rules by file
     * name and line makes the pack fire in the order it is read: the conclusions are the same, made once.
     */
    private static void fireInReadingOrder(KieBase kieBase, Map<String, RuleInfo> rules, List<RuleFile> files) {
        Map<String, Integer> fileIndex = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileIndex.putIfAbsent(files.get(i).displayPath(), i);
        }
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleInfo info = rules.get(r.getName());
                if (r instanceof RuleImpl impl && info != null) {
                    int file = fileIndex.getOrDefault(info.file(), files.size());
                    impl.setLoadOrder(file * 1_000_000 + info.line());
                }
            }
        }
    }

    private static Map<String, RuleInfo> describe(KieBase kieBase, List<RuleFile> files) {
        Map<String, String[]> places = new HashMap<>();
        for (RuleFile f : files) {
            Matcher m = RULE_HEADER.matcher(f.text());
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                int line = 1 + (int) f.text().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                places.putIfAbsent(name, new String[] {f.displayPath(), Integer.toString(line)});
            }
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (r instanceof RuleImpl impl && impl.isQuery()) {
                    continue;
                }
                Map<String, String> meta = new LinkedHashMap<>();
                r.getMetaData().forEach((k, v) -> meta.put(shortKey(k), unquote(v)));
                String says = meta.get("says");
                List<String> vars = new ArrayList<>();
                if (says != null) {
                    Matcher m = RuleInfo.PLACEHOLDER.matcher(says);
                    while (m.find()) {
                        if (!vars.contains(m.group(1))) {
                            vars.add(m.group(1));
                        }
                    }
                }
                String[] place = places.getOrDefault(r.getName(), new String[] {"(unknown file)", "0"});
                rules.put(r.getName(), new RuleInfo(r.getName(), says, meta.get("behaviour"), meta.get("doc"),
                        place[0], Integer.parseInt(place[1]), Map.copyOf(meta), List.copyOf(vars)));
            }
        }
        return Map.copyOf(rules);
    }

    /** Classic builds key kie-api annotations by class name; custom keys keep their own name. */
    private static String shortKey(String key) {
        int dot = key.lastIndexOf('.');
        String k = dot < 0 ? key : key.substring(dot + 1);
        return Character.toLowerCase(k.charAt(0)) + k.substring(1);
    }

    private static String unquote(Object value) {
        String s = String.valueOf(value);
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace("\\\"", "\"");
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Disposes of the sessions kept for reuse, when the rule base is replaced or changed under them. */
    void disposeIdleSessions() {
        for (KieSession session = idle.pollFirst(); session != null; session = idle.pollFirst()) {
            session.dispose();
        }
    }

    /** An empty session on this rule base: a reset one when there is one, else a new one. */
    KieSession session() {
        KieSession session = idle.pollFirst();
        return session != null ? session : kieBase.newKieSession();
    }

    /**
     * Gives back a session {@link #session()} handed out: reset for the next evaluation when it held at most
     * {@value #REUSE_UP_TO_FACTS} facts, else disposed. Listeners go with the reset.
     */
    void release(KieSession session, int facts) {
        if (facts <= REUSE_UP_TO_FACTS && idle.size() < IDLE_SESSIONS
                && session instanceof StatefulKnowledgeSessionImpl impl) {
            impl.reset();
            idle.addFirst(session);
        } else {
            session.dispose();
        }
    }

    /** The rule called {@code name}; a placeholder when the name is not in the pack. */
    public RuleInfo rule(String name) {
        RuleInfo info = rules.get(name);
        return info != null ? info
                : new RuleInfo(name, null, null, null, "(unknown file)", 0, Map.of(), List.of());
    }

    /** Every rule of the pack, by name. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public List<RuleFile> files() {
        return files;
    }

    /** Sets the time one evaluation on this rule base may take (default ten minutes); see {@link TimeLimit}. */
    public void limitEvaluationTime(java.time.Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("expected a time limit above zero, found " + limit);
        }
        this.timeLimit = limit;
    }

    java.time.Duration timeLimit() {
        return timeLimit;
    }

    /** What finds a rule from its generated code; built on the first failure. */
    RuleCode code() {
        RuleCode c = code;
        if (c == null) {
            c = new RuleCode(kieBase, rules.keySet());
            code = c;
        }
        return c;
    }

    /** The {@code file:line} problem for a rule that went wrong at run time. */
    Problem problemAt(String ruleName, String code, String message) {
        RuleInfo info = rule(ruleName);
        return new Problem(info.file(), info.line(), 1, null, code, message);
    }
}
