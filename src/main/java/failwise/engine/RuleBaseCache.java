package failwise.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BinaryOperator;
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

    /**
     * The classes a stored pack is made of: Drools' and KIE's rule structures, the fact classes they name, and the
     * JDK's collections and values. Anything else in an entry (a gadget of some library on the class path) is refused
     * before it is built. The rules' own classes travel as bytes, not as objects.
     */
    static final ObjectInputFilter PACK_CLASSES = ObjectInputFilter.Config.createFilter("java.lang.*;java.util.*;"
            + "java.util.concurrent.*;java.util.concurrent.locks.*;java.math.*;java.time.*;failwise.model.*;"
            + "org.drools.**;org.kie.**;org.mvel2.**;!*");
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();
    /** Whether every stream is filtered while an entry is read, Drools' inner ones too (see {@link #filterAll}). */
    private static final boolean INNER_STREAMS_FILTERED = filterAll();

    private final Path directory;
    private final List<String> refusals = new ArrayList<>();

    public RuleBaseCache(Path directory) {
        this.directory = directory;
    }

    /**
     * The cache a run uses, in {@link #folder}; null (no cache) when {@code $FAILWISE_NO_CACHE} is set.
     */
    public static RuleBaseCache standard() {
        String off = System.getenv("FAILWISE_NO_CACHE");
        if (off != null && !off.isEmpty() && !off.equals("0")) {
            return null;
        }
        return new RuleBaseCache(folder(System.getenv(), System.getProperties()));
    }

    /**
     * The cache folder, by the one rule the launcher ({@code target/failwise}) follows for its class-data archive
     * too: {@code -Dfailwise.cache.dir}, else {@code $FAILWISE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/failwise},
     * else {@code $HOME/.cache/failwise}, with Java's {@code user.home} only when {@code $HOME} is not set.
     */
    static Path folder(Map<String, String> env, Properties properties) {
        String dir = properties.getProperty("failwise.cache.dir", env.get("FAILWISE_CACHE_DIR"));
        if (dir != null && !dir.isEmpty()) {
            return Path.of(dir);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "failwise");
        }
        String home = env.get("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : properties.getProperty("user.home"), ".cache", "failwise");
    }

    /**
     * Drools reads each stored package through an object stream of its own, which a filter set on the outer stream
     * does not reach; a filter factory (Java 17) gives every stream the thread opens while an entry is read the
     * pack's filter. It can be installed only before the JVM's first object stream, so when it cannot, the outer
     * stream is filtered alone (the ownership checks still stand).
     */
    private static boolean filterAll() {
        try {
            BinaryOperator<ObjectInputFilter> builtin = ObjectInputFilter.Config.getSerialFilterFactory();
            ObjectInputFilter.Config.setSerialFilterFactory((current, next) -> {
                ObjectInputFilter usual = builtin.apply(current, next);
                return READING.get() == null ? usual : usual == null ? PACK_CLASSES
                        : ObjectInputFilter.merge(PACK_CLASSES, usual);
            });
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false;
        }
    }

    /**
     * The compiled pack for {@code files}: from the cache when an entry matches, else compiled and stored. A cache
     * folder or an entry that someone else could have written is not read (see {@link #refusals()}).
     */
    public RuleBase compile(List<RuleFile> files) throws RuleCompileException {
        String key = key(files);
        Path entry = directory.resolve(key + ".kbase");
        boolean folderTrusted = prepareFolder();
        if (folderTrusted && Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            String distrust = FileTrust.distrust(entry);
            if (distrust != null) {
                refuse("not reading the cached rules " + entry + ": " + distrust + "; compiling the rules afresh");
                deleteQuietly(entry);
            } else {
                RuleBase cached = read(entry, key, files);
                if (cached != null) {
                    return cached;
                }
            }
        }
        RuleBase compiled = RuleBase.compile(files);
        if (folderTrusted) {
            write(entry, key, compiled);
        }
        return compiled;
    }

    /**
     * What the cache refused to read and why, one sentence each, for the run to say once (a folder or an entry that
     * another user owns or could have written).
     */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** Creates the folder private to its user (0700) if it is missing; false when it must not be used. */
    private boolean prepareFolder() {
        try {
            if (!Files.isDirectory(directory)) {
                if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            }
        } catch (IOException | RuntimeException e) {
            return false; // a cache that cannot be made only costs this run its compile time
        }
        String distrust = FileTrust.distrust(directory);
        if (distrust != null) {
            refuse("not using the compiled-rules cache in " + directory + ": " + distrust + "; compiling the rules "
                    + "afresh");
            return false;
        }
        return true;
    }

    private void refuse(String why) {
        if (!refusals.contains(why)) {
            refusals.add(why);
        }
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
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        READING.set(Boolean.TRUE);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(entry, LinkOption.NOFOLLOW_LINKS), 1 << 16);
             DroolsObjectInputStream in = new DroolsObjectInputStream(raw)) {
            if (!INNER_STREAMS_FILTERED) {
                in.setObjectInputFilter(PACK_CLASSES);
            }
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
            READING.remove();
            thread.setContextClassLoader(previous);
        }
    }

    private void write(Path entry, String key, RuleBase rules) {
        Path temp = null;
        try {
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
