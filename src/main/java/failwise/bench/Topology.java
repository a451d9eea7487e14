package failwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The skeleton of a generated topology: servers in clusters, databases and where their replicas live, documents. */
final class Topology {
    /** A database and the servers (indexes) holding a replica of it. */
    record Database(String path, String replicaId, List<Integer> servers) {
    }

    /** A Foreign Domain document's identity: its id, domain and gateway server index. */
    record Document(String id, String domain, int gateway) {
    }

    final SplittableRandom random;
    final List<String> servers = new ArrayList<>();
    final List<String> clusterOf = new ArrayList<>();
    final List<Integer> clusterIndexOf = new ArrayList<>();
    final List<List<Integer>> clusters = new ArrayList<>();
    final List<Database> databases = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    final List<String> domains = new ArrayList<>();
    int replicaCount;

    Topology(SplittableRandom random) {
        this.random = random;
    }

    /** Servers in clusters of 2 to 6; about one in twelve stands alone, in no cluster. */
    void servers(int count) {
        int i = 0;
        while (i < count) {
            int left = count - i;
            int n = left == 1 || random.nextInt(12) == 0 ? 1 : Math.min(left, 2 + random.nextInt(5));
            String cluster = n == 1 ? null : String.format("Cluster%04d", clusters.size() + 1);
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < n; k++, i++) {
                servers.add(String.format("Mail%05d/Acme", i + 1));
                clusterOf.add(cluster);
                clusterIndexOf.add(clusters.size());
                members.add(i);
            }
            clusters.add(members);
        }
    }

    /** Databases replicated on 1 to 4 servers of one cluster, until {@code count} replicas exist. */
    void replicas(int count) {
        while (replicaCount < count) {
            List<Integer> cluster = clusters.get(random.nextInt(clusters.size()));
            int n = Math.min(Math.min(cluster.size(), 1 + random.nextInt(4)), count - replicaCount);
            List<Integer> holders = new ArrayList<>(cluster);
            shuffle(holders);
            int d = databases.size() + 1;
            String path = d % 3 == 0 ? String.format("apps/app%06d.nsf", d) : String.format("mail/u%06d.nsf", d);
            databases.add(new Database(path, String.format("85257A3B:%08X", d), List.copyOf(holders.subList(0, n))));
            replicaCount += n;
        }
    }

    /** Two documents per foreign domain, each naming a random gateway server. */
    void documents(int count) {
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                domains.add(i == 0 ? "BTEx" : String.format("Ext%02d", i / 2));
            }
            documents.add(new Document(String.format("FD%03d", i + 1), domains.get(domains.size() - 1),
                    random.nextInt(servers.size())));
        }
    }

    int anyServer() {
        return random.nextInt(servers.size());
    }

    Database anyDatabase() {
        return databases.get(random.nextInt(databases.size()));
    }

    /** Domino's canonical form of a generated server name, as Readers fields store it. */
    String canonical(int server) {
        String[] parts = servers.get(server).split("/");
        return "CN=" + parts[0] + "/O=" + parts[1];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
