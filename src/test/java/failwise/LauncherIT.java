package failwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code mvn package} puts beside the jar, run as a consultant runs it: the first run with an empty
 * cache answers as {@code java -jar} does and exits 0, the class-data sharing archive appears afterwards without
 * a crash file anywhere, and the next run maps it and answers the same. A damaged archive is never mapped, and a
 * cache folder someone else can write is not used for archives at all.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("target/failwise").toAbsolutePath();
    private static final String EXAMPLE =
            "test-facts/failover/f1-busy-mail-server-sends-a-mail-open-to-its-cluster-mate.yaml";

    @TempDir
    Path cache;

    @TempDir
    Path work;

    @Test
    void theFirstRunAnswersAndTheArchiveFollowsInTheBackground() throws Exception {
        Run first = run();
        assertThat(first.code).as(first.err).isZero();
        assertThat(first.out).contains("FailoverDecision open-mail: FAILOVER, served by Mail2/Acme").contains("expect: 1 met");
        assertThat(first.err).isEmpty();

        Path archive = awaitArchive();

        Run second = run();
        assertThat(second.code).as(second.err).isZero();
        assertThat(second.out).isEqualTo(first.out);
        assertThat(second.err).isEmpty();
        try (Stream<Path> left = Stream.concat(Files.list(work), Files.list(cache.resolve("failwise")))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"))
                    .noneMatch(n -> n.startsWith("cds-crash"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aCacheFolderWithSpacesInItsPathGetsItsArchiveUsed() throws Exception {
        Path folder = cache.resolve("with space").resolve("failwise");
        Map<String, String> env = Map.of("FAILWISE_CACHE_DIR", folder.toString());
        Run first = run(env);
        assertThat(first.code).as(first.err).isZero();
        Path archive = null;
        for (int i = 0; i < 120 && archive == null; i++) {
            Thread.sleep(500);
            archive = Files.isDirectory(folder.resolve("cds")) ? archiveIn(folder.resolve("cds")) : null;
        }
        assertThat(archive).as("an archive recorded within a minute").isNotNull();
        // The archive's path is one argument of the JVM: split at the space, the run would not start.
        Run second = run(env);
        assertThat(second.code).as(second.err).isZero();
        assertThat(second.out).isEqualTo(first.out);
        assertThat(second.err).isEmpty();
    }

    @Test
    void aTruncatedArchiveIsNeverMappedButDeletedAndRecordedAgain() throws Exception {
        Run first = run();
        Path archive = awaitArchive();
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        Run second = run();

        // Mapped as it was, the truncated archive made every run die of SIGBUS (exit 134) with an hs_err file.
        assertThat(second.code).as(second.err).isZero();
        assertThat(second.out).isEqualTo(first.out);
        assertThat(second.err).isEmpty();
        long truncated = bytes.length / 3;
        long size = truncated;
        for (int i = 0; i < 240 && size <= truncated; i++) {
            Thread.sleep(250);
            Path again = archive();
            size = again == null ? truncated : Files.size(again);
        }
        // A recording is not byte for byte the same as the last, but about its size.
        assertThat(size).as("recorded again, whole").isGreaterThan(bytes.length * 9L / 10);
        Run third = run();
        assertThat(third.code).as(third.err).isZero();
        assertThat(third.out).isEqualTo(first.out);
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }

    @Test
    void aCacheFolderOthersCanWriteGetsNoArchiveAndLinksPlantedThereAreNotFollowed() throws Exception {
        Path folder = Files.createDirectories(cache.resolve("failwise"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path victim = Files.writeString(work.resolve("victim.txt"), "0\n"); // a count, as the launcher would write
        // What another user could plant: the folder for the archives and a link where the launcher writes.
        Path planted = Files.createDirectory(folder.resolve("cds"));
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.createSymbolicLink(planted.resolve("cds-" + stamp() + ".jsa.attempts"), victim);
        Files.createSymbolicLink(folder.resolve("cds-" + stamp() + ".jsa.attempts"), victim);

        Run run = run();
        Thread.sleep(3000); // time for a background recording to start, were there one

        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("FailoverDecision open-mail: FAILOVER, served by Mail2/Acme");
        assertThat(Files.readString(victim)).isEqualTo("0\n");
        try (Stream<Path> files = Files.list(planted)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".jsa"));
        }
    }

    @Test
    void theArchiveAndTheCompiledRulesShareOneFolderByOneRule() throws Exception {
        Path home = Files.createDirectory(work.resolve("home"));

        Run run = run(Map.of("HOME", home.toString()));
        Path folder = home.resolve(".cache/failwise");
        Path archive = null;
        for (int i = 0; i < 240 && archive == null; i++) {
            archive = Files.isDirectory(folder.resolve("cds")) ? archiveIn(folder.resolve("cds")) : null;
            if (archive == null) {
                Thread.sleep(250);
            }
        }

        assertThat(run.code).as(run.err).isZero();
        assertThat(archive).as("the archive under $HOME/.cache/failwise").isNotNull();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".kbase"));
        }
    }

    /** The part of an archive's name the launcher takes from the jar: its size and modification time. */
    private static String stamp() throws IOException {
        Path jar = LAUNCHER.resolveSibling("failwise.jar");
        return Files.size(jar) + "-" + Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS);
    }

    private Path awaitArchive() throws Exception {
        Path archive = null;
        for (int i = 0; i < 240 && archive == null; i++) {
            archive = archive();
            if (archive == null) {
                Thread.sleep(250);
            }
        }
        assertThat(archive).as("an archive recorded within a minute").isNotNull();
        return archive;
    }

    private record Run(int code, String out, String err) {
    }

    private Run run() throws IOException, InterruptedException {
        return run(Map.of("FAILWISE_CACHE_DIR", cache.resolve("failwise").toString()));
    }

    private Run run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(LAUNCHER.toString(), "--rules",
                Path.of("rules").toAbsolutePath().toString(), "evaluate", Path.of(EXAMPLE).toAbsolutePath().toString()))
                .directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        builder.environment().remove("FAILWISE_CACHE_DIR");
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended within two minutes").isTrue();
        Run run = new Run(process.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
        Files.delete(work.resolve("out.txt"));
        Files.delete(work.resolve("err.txt"));
        return run;
    }

    private Path archive() throws IOException {
        Path folder = cache.resolve("failwise/cds");
        return Files.isDirectory(folder) ? archiveIn(folder) : null;
    }

    private static Path archiveIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("cds-.*\\.jsa")).findFirst().orElse(null);
        }
    }
}
