package failwise.engine;

/**
 * How failwise builds the Rete network of every rule base, set once before the first is built.
 *
 * <p>Beta nodes are not shared between rules. With sharing, Drools 10.2 links the shared segments as "peers", and
 * a live session that forks (facts updated, then updated back) reached a state where one more fork made
 * {@code RuleNetworkEvaluatorImpl.processPeerInserts} loop for ever, inside the network, where no firing limit
 * stops it: on a three-server golden case, taking Mail1 down, then Mail1 and Mail2, then Mail1 and Mail3 never
 * returned. Without shared beta nodes the same forks, and the equality test, pass.
 */
final class NetworkSettings {
    static final String SHARE_BETA_NODES = "drools.shareBetaNodes";

    private NetworkSettings() {
    }

    /** Sets the options, unless the JVM was started with them (to measure the difference). */
    static void apply() {
        if (System.getProperty(SHARE_BETA_NODES) == null) {
            System.setProperty(SHARE_BETA_NODES, "false");
        }
    }
}
