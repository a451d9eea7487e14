package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SweepCommandTest {
    private static final String SEED =
            "test-facts/coexistence/x1-seed-both-coexistence-servers-up-primary-takes-everything.json";
    private static final String THREE = "src/test/resources/whatif/three-outages-of-different-weight.json";

    @Test
    void theSeedsHomeServerAndPrimaryCoexistenceServerAreTheSingleFailuresThatBreakFreeBusy() {
        Cli run = Cli.run("--rules", "rules", "sweep", SEED);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        Snapshots.check("sweep-seed", run.out());
    }

    @Test
    void failuresAreRankedByOutcomesMadeWorseThenByName() {
        Cli run = Cli.run("--rules", "rules", "sweep", "--jobs", "2", THREE);
        assertThat(run.code()).as(run.toString()).isZero();
        Snapshots.check("sweep-three-outages", run.out());
    }

    @Test
    void depthTwoInJsonListsTheSinglesAndThePairs() throws Exception {
        Cli run = Cli.run("--rules", "rules", "sweep", "--depth", "2", "--format", "json", SEED);
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        // 4 servers alone, and the 3 pairs one request depends on together (of the 6 pairs).
        assertThat(doc.get("scenarios").asInt()).isEqualTo(7);
        assertThat(doc.get("impacts").get(2).toString()).isEqualTo("{\"downServers\":[\"DominoA/Acme\","
                + "\"DominoB/Acme\"],\"failures\":[{\"target\":\"DominoA/Acme\",\"mode\":\"down\"},"
                + "{\"target\":\"DominoB/Acme\",\"mode\":\"down\"}],\"worse\":1,\"changes\":[{\"type\":"
                + "\"MailRoute\",\"subject\":\"mail\",\"before\":\"DELIVERED\",\"after\":\"HELD\"}]}");
        Cli all = Cli.run("--rules", "rules", "sweep", "--depth", "2", "--all-pairs", "--format", "json", SEED);
        JsonNode every = new ObjectMapper().readTree(all.out());
        assertThat(every.get("scenarios").asInt()).isEqualTo(10);
        assertThat(every.get("impacts")).isEqualTo(doc.get("impacts"));
    }

    @Test
    void eachResultNamesItsFailureMode() {
        Cli run = Cli.run("--rules", "rules", "sweep", "--fail", "down,restricted,busy", "--databases", SEED);
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("DominoA/Acme down: 1 worse").doesNotContain("DominoA/Acme restricted:");
    }

    @Test
    void anUnknownFailureModeIsAUsageError() {
        Cli run = Cli.run("--rules", "rules", "sweep", "--fail", "down,asleep", SEED);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("failwise sweep: --fail: expected down, unreachable, busy, maxusers or "
                + "restricted, found `asleep`\n");
    }

    @Test
    void aDepthOtherThanOneOrTwoIsAUsageError() {
        Cli run = Cli.run("--rules", "rules", "sweep", "--depth", "3", SEED);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("--depth: expected 1 or 2, found `3`\n");
    }

    @Test
    void helpTeachesWithExamples() {
        Cli run = Cli.run("sweep", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Puts every server of the fact file into each failure mode")
                .contains("Examples:")
                .contains("failwise sweep --fail down,busy,restricted --databases site.json")
                .contains("Only pairs that can interact are evaluated").contains("--all-pairs");
    }
}
