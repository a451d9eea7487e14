package failwise.whatif;

import failwise.model.IniSetting;
import failwise.model.InputFact;
import failwise.model.Replica;
import failwise.model.Server;
import failwise.model.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A way a server (or a replica) can fail in a sweep, written as changes of the change language, so a failure
 * is exactly what {@code evaluate --set} with those changes evaluates. Each mode leaves out the targets already
 * in that state.
 */
public enum FailureMode {
    /** {@code state=DOWN}; servers already down are left out. */
    DOWN("down"),
    /** {@code state=UNREACHABLE}; only servers that are up. */
    UNREACHABLE("unreachable"),
    /**
     * {@code availabilityIndex=0}, under the server's {@code Server_Availability_Threshold}; a server without a
     * threshold above 0 also gets {@code Server_Availability_Threshold=100} (the threshold raised). Up servers.
     */
    BUSY("busy"),
    /** {@code Server_MaxUsers} set to the active users (at least 1, with {@code activeUsers} raised to 1). Up servers. */
    MAXUSERS("maxusers"),
    /** {@code Server_Restricted=1}. Up servers. */
    RESTRICTED("restricted"),
    /** A replica marked {@code OUT_OF_SERVICE} ({@code --databases}); replicas in service only. */
    OUT_OF_SERVICE("out of service");

    private final String label;

    FailureMode(String label) {
        this.label = label;
    }

    /** How the mode reads in output and on the command line ({@code down}, {@code busy}, ...). */
    public String label() {
        return label;
    }

    /** The server mode named {@code name} on the command line, or null. */
    public static FailureMode ofServerName(String name) {
        for (FailureMode m : values()) {
            if (m != OUT_OF_SERVICE && m.label.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    /**
     * The changes that put {@code server} into this mode, or none when it is left out; {@code thresholds} holds
     * each server's {@code Server_Availability_Threshold} where it is a number.
     */
    List<String> changes(Server server, Snapshot snapshot, Map<String, Integer> thresholds) {
        String name = snapshot.writtenNames().getOrDefault(server.name(), server.name());
        boolean up = "UP".equals(server.state());
        List<String> out = new ArrayList<>();
        switch (this) {
            case DOWN -> {
                if (!"DOWN".equals(server.state())) {
                    out.add(name + ".state=DOWN");
                }
            }
            case UNREACHABLE -> {
                if (up) {
                    out.add(name + ".state=UNREACHABLE");
                }
            }
            case BUSY -> {
                if (up) {
                    out.add(name + ".availabilityIndex=0");
                    Integer threshold = thresholds.get(server.name());
                    if (threshold == null || threshold <= 0) {
                        out.add(name + ".notesIni.Server_Availability_Threshold=100");
                    }
                }
            }
            case MAXUSERS -> {
                if (up) {
                    int users = Math.max(1, server.activeUsers());
                    if (users != server.activeUsers()) {
                        out.add(name + ".activeUsers=" + users);
                    }
                    out.add(name + ".notesIni.Server_MaxUsers=" + users);
                }
            }
            case RESTRICTED -> {
                if (up) {
                    out.add(name + ".notesIni.Server_Restricted=1");
                }
            }
            case OUT_OF_SERVICE -> {
            }
        }
        return out;
    }

    /** The change that marks {@code replica} Out of Service, or none when it is not in service. */
    static List<String> changes(Replica replica) {
        return "IN_SERVICE".equals(replica.status()) ? List.of(replica.pointer() + "/status=OUT_OF_SERVICE") : List.of();
    }

    /** Each server's {@code Server_Availability_Threshold}, where it is a number. */
    static Map<String, Integer> thresholds(Snapshot snapshot) {
        Map<String, Integer> out = new HashMap<>();
        for (InputFact f : snapshot.facts()) {
            if (f instanceof IniSetting s && s.key().equals("SERVER_AVAILABILITY_THRESHOLD") && s.number() != null) {
                out.put(s.server(), s.number());
            }
        }
        return out;
    }
}
