package failwise.bench;

/**
 * How much one generated fact file holds. {@link #times(int)} scales the typical scenario (1×: 6 servers,
 * 12 replicas, 23 requests, one of each catalogue action, 2 Foreign Domain documents: about 60 facts).
 */
public record Size(int servers, int replicas, int requests, int documents) {
    public Size {
        if (servers < 1 || replicas < 0 || requests < 0 || documents < 0) {
            throw new IllegalArgumentException("a size needs at least 1 server and no negative count");
        }
    }

    /**
     * {@code n} times the typical scenario. Documents grow with the logarithm of the size, not linearly: every
     * server reads every document, so the pack concludes documents × servers visibilities by definition.
     */
    public static Size times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the size multiplier must be at least 1");
        }
        return new Size(6 * n, 12 * n, 23 * n, 2 * (1 + (int) Math.floor(Math.log10(n))));
    }

    public Size withServers(Integer n) {
        return n == null ? this : new Size(n, replicas, requests, documents);
    }

    public Size withReplicas(Integer n) {
        return n == null ? this : new Size(servers, n, requests, documents);
    }

    public Size withRequests(Integer n) {
        return n == null ? this : new Size(servers, replicas, n, documents);
    }

    public Size withDocuments(Integer n) {
        return n == null ? this : new Size(servers, replicas, requests, n);
    }

    @Override
    public String toString() {
        return servers + " servers, " + replicas + " replicas, " + requests + " requests, " + documents + " documents";
    }
}
