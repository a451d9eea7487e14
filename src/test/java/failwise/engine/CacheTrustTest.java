package failwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import failwise.facts.FactLoader;
import failwise.model.Conclusion;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rules cache reads only what its user wrote: a private folder, entries owned by the user and
 * writable by no one else, and in an entry only the classes a pack is made of. An entry of another pack renamed to
 * the expected key, in a folder another user can write, is the attack this guards against.
 */
class CacheTrustTest {
    private static final String PACK = "package t\nimport failwise.model.Server\nimport failwise.model.Finding\n"
            + "rule \"A down server is reported\"\n  @behaviour(\"F1\") @says(\"{$n} is down\")\nwhen\n"
            + "  Server( $n : name, state == \"DOWN\" )\nthen\n  insertLogical(new Finding(\"%s\", $n, \"WARNING\", \"x\"));\nend\n";
    private static final String FACTS = "{\"servers\": [{\"name\": \"Mail1/Acme\", \"state\": \"DOWN\"}]}";

    @TempDir
    Path dir;

    private List<RuleFile> pack(String code) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules-" + code));
        Files.writeString(rules.resolve("a.drl"), PACK.formatted(code));
        return RuleSource.directory(rules).files();
    }

    private static String concludes(RuleBase rules) throws Exception {
        List<Conclusion> all = new Evaluator(rules).evaluate(new FactLoader().parse("s.json", FACTS).snapshot())
                .conclusions();
        return all.get(0).toString();
    }

    /** The honest pack's entry replaced by the planted pack's: what another user who can write the folder does. */
    private Path plant(RuleBaseCache cache, List<RuleFile> honest, List<RuleFile> planted) throws Exception {
        cache.compile(planted);
        Path entry = cache.entryFor(honest);
        Files.move(cache.entryFor(planted), entry);
        return entry;
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewCacheFolderIsPrivateAndAnEntryOfItsOwnIsReadBack() throws Exception {
        Path folder = dir.resolve("xdg/failwise");
        RuleBaseCache cache = new RuleBaseCache(folder);
        List<RuleFile> files = pack("HONEST");

        cache.compile(files);
        Path entry = cache.entryFor(files);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(946_684_800_000L));
        RuleBase stored = cache.compile(files);

        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(entry)).isEqualTo("rw-------");
        // Untouched: read back through the class filter, not deleted and compiled again.
        assertThat(Files.getLastModifiedTime(entry).toMillis()).isEqualTo(946_684_800_000L);
        assertThat(concludes(stored)).contains("HONEST");
        assertThat(cache.refusals()).isEmpty();
    }

    @Test
    void aFolderOthersCanWriteIsNotReadAndTheRunSaysWhyOnce() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        RuleBaseCache setUp = new RuleBaseCache(folder);
        List<RuleFile> honest = pack("HONEST");
        Path entry = plant(setUp, honest, pack("PLANTED"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        RuleBaseCache cache = new RuleBaseCache(folder);
        RuleBase rules = cache.compile(honest);
        cache.compile(honest);

        assertThat(concludes(rules)).contains("HONEST").doesNotContain("PLANTED");
        assertThat(cache.refusals()).containsExactly("not using the compiled-rules cache in " + folder
                + ": it can be written by others (mode rwxrwxrwx); compiling the rules afresh");
        assertThat(concludes(new RuleBaseCache(dir.resolve("elsewhere")).compile(honest))).contains("HONEST");
        assertThat(entry).exists(); // not the user's to delete or replace in a folder others write
    }

    @Test
    void anEntryOthersCanWriteIsNotReadButReplaced() throws Exception {
        RuleBaseCache cache = new RuleBaseCache(dir.resolve("cache"));
        List<RuleFile> honest = pack("HONEST");
        Path entry = plant(cache, honest, pack("PLANTED"));
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-rw-"));

        RuleBase rules = cache.compile(honest);

        assertThat(concludes(rules)).contains("HONEST");
        assertThat(cache.refusals()).containsExactly("not reading the cached rules " + entry + ": it can be written "
                + "by others (mode rw-rw-rw-); compiling the rules afresh");
        assertThat(mode(entry)).isEqualTo("rw-------");
        assertThat(concludes(new RuleBaseCache(dir.resolve("cache")).compile(honest))).contains("HONEST");
    }

    @Test
    void anEntryOwnedByAnotherUserIsNotRead() throws Exception {
        assumeTrue(Integer.valueOf(0).equals(FileTrust.currentUid()), "only root can give a file to another user");
        RuleBaseCache cache = new RuleBaseCache(dir.resolve("cache"));
        List<RuleFile> honest = pack("HONEST");
        Path entry = plant(cache, honest, pack("PLANTED"));
        Files.setAttribute(entry, "unix:uid", 4242);
        // Root trusts root's files, as ssh does; the planting user is someone else.

        RuleBase rules = cache.compile(honest);

        assertThat(concludes(rules)).contains("HONEST");
        assertThat(cache.refusals()).containsExactly("not reading the cached rules " + entry + ": it is owned by user "
                + "4242, not by you (user 0); compiling the rules afresh");
    }

    @Test
    void anEntryHoldingAClassNoPackIsMadeOfIsNeverBuilt() throws Exception {
        RuleBaseCache cache = new RuleBaseCache(dir.resolve("cache"));
        List<RuleFile> honest = pack("HONEST");
        cache.compile(honest);
        Path entry = cache.entryFor(honest);
        String key = entry.getFileName().toString().replace(".kbase", "");
        Map<String, Object> types = new HashMap<>();
        types.put("t.Gadget", new Planted());
        try (OutputStream raw = Files.newOutputStream(entry);
             ObjectOutputStream out = new DroolsObjectOutputStream(raw)) {
            out.writeUTF("failwise compiled rules 1");
            out.writeUTF(key);
            out.writeObject(types);
        }
        Planted.built = false;

        RuleBase rules = cache.compile(honest);

        assertThat(Planted.built).as("the planted object was built").isFalse();
        assertThat(concludes(rules)).contains("HONEST");
    }

    @Test
    void theCacheFolderFollowsHomeAsTheLauncherDoes() {
        java.util.Properties java = new java.util.Properties();
        java.setProperty("user.home", "/home/as-java-sees-it");

        assertThat(RuleBaseCache.folder(Map.of("HOME", "/home/as-the-shell-sees-it"), java))
                .isEqualTo(Path.of("/home/as-the-shell-sees-it/.cache/failwise"));
        assertThat(RuleBaseCache.folder(Map.of(), java)).isEqualTo(Path.of("/home/as-java-sees-it/.cache/failwise"));
        assertThat(RuleBaseCache.folder(Map.of("HOME", "/h", "XDG_CACHE_HOME", "/x"), java))
                .isEqualTo(Path.of("/x/failwise"));
        assertThat(RuleBaseCache.folder(Map.of("HOME", "/h", "FAILWISE_CACHE_DIR", "/f"), java))
                .isEqualTo(Path.of("/f"));
    }
}
