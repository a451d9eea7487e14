package failwise.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieServices;

/**
 * Keeps compiled rule packs on disk, keyed by a hash of the rule files' names and texts (and of the failwise and
 * Java builds), so a run whose rules did not change skips parsing DRL and compiling Java. An edited rule file
 * changes the key, so the edit takes effect on the next run; an entry that cannot be read is deleted and rebuilt.
 */
public final class RuleBaseCache {
    private static final String MAGIC = "failwise compiled rules 1";
    private static final int KEEP = 8;

    private final Path directory;

    public RuleBaseCache(Path directory) {
        this.directory = directory;
    }

    /**
     * The cache a run uses: {@code -Dfailwise.cache.dir}, else {@code $FAILWISE_CACHE_DIR}, else
     * {@code ${XDG_CACHE_HOME:-~/.cache}/failwise}; null (no cache) when {@code $FAILWISE_NO_CACHE} is set.
     */
    public static RuleBaseCache standard() {
        String off = System.getenv("FAILWISE_NO_CACHE");
        if (off != null && !off.isEmpty() && !off.equals("0")) {
            return null;
        }
        String dir = System.getProperty("failwise.cache.dir", System.getenv("FAILWISE_CACHE_DIR"));
        if (dir != null && !dir.isEmpty()) {
            return new RuleBaseCache(Path.of(dir));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleBaseCache(base.resolve("failwise"));
    }

    /** The compiled pack for {@code files}: from the cache when an entry matches, else compiled and stored. */
    public RuleBase compile(List<RuleFile> files) throws RuleCompileException {
        String key = key(files);
        Path entry = directory.resolve(key + ".kbase");
        if (Files.isRegularFile(entry)) {
            RuleBase cached = read(entry, key, files);
            if (cached != null) {
                return cached;
            }
        }
        RuleBase compiled = RuleBase.compile(files);
        write(entry, key, compiled);
        return compiled;
    }

    /** Where the entry for {@code files} lives (for tests and for people clearing it). */
    public Path entryFor(List<RuleFile> files) {
        return directory.resolve(key(files) + ".kbase");
    }

    static String key(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, MAGIC);
            update(sha, System.getProperty("java.vm.version"));
            update(sha, build());
            for (RuleFile f : files) {
                update(sha, f.relativePath());
                update(sha, f.text());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The failwise build: compiled packs refer to its fact classes, so a new build must not read old entries. */
    private static String build() {
        try {
            Path code = Path.of(RuleBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception | LinkageError e) {
            return "unknown build";
        }
    }

    private static void update(MessageDigest sha, String s) {
        byte[] bytes = String.valueOf(s).getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    @SuppressWarnings("unchecked")
    private RuleBase read(Path entry, String key, List<RuleFile> files) {
        NetworkSettings.apply();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(entry), 1 << 16);
             DroolsObjectInputStream in = new DroolsObjectInputStream(raw)) {
            if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
                throw new IOException("not an entry for these rules");
            }
            // The DRL's declared types must be defined before the packages that refer to them are read.
            Map<String, byte[]> types = (Map<String, byte[]>) in.readObject();
            ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(RuleBase.class.getClassLoader(), types);
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    KieServices.get().newKieBaseConfiguration(null, loader));
            in.setClassLoader(kieBase.getRootClassLoader());
            // Drools reads each package's inner stream with the context class loader.
            thread.setContextClassLoader(kieBase.getRootClassLoader());
            List<InternalKnowledgePackage> packages = (List<InternalKnowledgePackage>) in.readObject();
            kieBase.addPackages(packages);
            return RuleBase.of(kieBase, files);
        } catch (Exception | LinkageError | StackOverflowError e) {
            // Corrupt, truncated, or written by another build: drop it; the caller compiles afresh.
            deleteQuietly(entry);
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void write(Path entry, String key, RuleBase rules) {
        Path temp = null;
        try {
            Files.createDirectories(directory);
            InternalKnowledgeBase kieBase = (InternalKnowledgeBase) rules.kieBase();
            ProjectClassLoader root = (ProjectClassLoader) kieBase.getRootClassLoader();
            Map<String, byte[]> types = new HashMap<>(root.getStore() == null ? Map.of() : root.getStore());
            List<InternalKnowledgePackage> packages = new ArrayList<>(kieBase.getPackagesMap().values());
            temp = Files.createTempFile(directory, key, ".tmp");
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
                 ObjectOutputStream out = new DroolsObjectOutputStream(raw)) {
                out.writeUTF(MAGIC);
                out.writeUTF(key);
                out.writeObject(types);
                out.writeObject(packages);
            }
            // Readers in other processes see the whole entry or none of it.
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune();
        } catch (Exception | LinkageError | StackOverflowError e) {
            // A cache that cannot be written only costs the next run its compile time.
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Keeps the most recent entries only: each rule edit leaves one behind. */
    private void prune() throws IOException {
        try (var list = Files.list(directory)) {
            List<Path> entries = new ArrayList<>(list.filter(p -> p.toString().endsWith(".kbase")).toList());
            if (entries.size() <= KEEP) {
                return;
            }
            entries.sort((a, b) -> Long.compare(modified(b), modified(a)));
            entries.subList(KEEP, entries.size()).forEach(RuleBaseCache::deleteQuietly);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next prune.
        }
    }
}
