package failwise.cli;

import failwise.bench.Size;
import picocli.CommandLine.Option;

/** The size options of the bench commands that generate fact files: a multiplier, and exact counts over it. */
final class SizeOptions {
    @Option(names = "--size", paramLabel = "N",
            description = "Multiple of the typical scenario (1: 6 servers, 12 replicas, 23 requests, 2 Foreign "
                    + "Domain documents, about 60 facts). Default: ${DEFAULT-VALUE}.")
    int size = 1;

    @Option(names = "--servers", paramLabel = "N", description = "Exact number of servers, instead of the size's.")
    Integer servers;

    @Option(names = "--replicas", paramLabel = "N", description = "Exact number of replicas, instead of the size's.")
    Integer replicas;

    @Option(names = "--requests", paramLabel = "N", description = "Exact number of requests, instead of the size's.")
    Integer requests;

    @Option(names = "--documents", paramLabel = "N",
            description = "Exact number of Foreign Domain documents, instead of the size's.")
    Integer documents;

    Size toSize() {
        return Size.times(size).withServers(servers).withReplicas(replicas).withRequests(requests)
                .withDocuments(documents);
    }
}
