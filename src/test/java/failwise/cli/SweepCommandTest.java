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
        assertThat(doc.get("scenarios").asInt()).isEqualTo(10);
        Snapshots.check("sweep-seed-depth-2.json", doc.toPrettyString() + "\n");
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
        assertThat(run.out()).contains("Takes every server of the fact file down alone").contains("Examples:")
                .contains("failwise sweep --depth 2 --jobs 4 site.json");
    }
}
