package failwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code mvn package} puts beside the jar, run as a consultant runs it: the first run with an empty
 * cache answers as {@code java -jar} does and exits 0, the class-data sharing archive appears afterwards without
 * a crash file anywhere, and the next run maps it and answers the same.
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

        Path archive = null;
        for (int i = 0; i < 240 && archive == null; i++) {
            archive = archive();
            if (archive == null) {
                Thread.sleep(250);
            }
        }
        assertThat(archive).as("an archive recorded within a minute").isNotNull();

        Run second = run();
        assertThat(second.code).as(second.err).isZero();
        assertThat(second.out).isEqualTo(first.out);
        assertThat(second.err).isEmpty();
        try (Stream<Path> left = Stream.concat(Files.list(work), Files.list(cache.resolve("failwise")))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"))
                    .noneMatch(n -> n.startsWith("cds-crash"));
        }
    }

    private record Run(int code, String out, String err) {
    }

    private Run run() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(LAUNCHER.toString(), "--rules",
                Path.of("rules").toAbsolutePath().toString(), "evaluate", Path.of(EXAMPLE).toAbsolutePath().toString()))
                .directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        builder.environment().put("FAILWISE_CACHE_DIR", cache.resolve("failwise").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended within two minutes").isTrue();
        Run run = new Run(process.exitValue(), Files.readString(work.resolve("out.txt")),
                Files.readString(work.resolve("err.txt")));
        Files.delete(work.resolve("out.txt"));
        Files.delete(work.resolve("err.txt"));
        return run;
    }

    private Path archive() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("failwise"))) {
            return files.filter(p -> p.getFileName().toString().matches("cds-.*\\.jsa")).findFirst().orElse(null);
        }
    }
}
