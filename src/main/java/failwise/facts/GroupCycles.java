package failwise.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cycles in group nesting with an iterative depth-first search (generated files can nest thousands of
 * groups deep, too deep for recursion); each cycle is reported once, at the member that closes it.
 */
final class GroupCycles {

    /** A member of a group that is itself a group: the contained group's key and the member's pointer. */
    record Edge(String to, String pointer) {
    }

    /** A cycle: the member that closes it and the chain of group names, e.g. {@code `A` → `B` → `A`}. */
    record Cycle(String pointer, String chain) {
    }

    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    private GroupCycles() {
    }

    /** The cycles of {@code nesting} (group key to contained groups, in file order); spellings are for messages. */
    static List<Cycle> find(Map<String, List<Edge>> nesting, Map<String, String> spellings) {
        List<Cycle> cycles = new ArrayList<>();
        Set<String> chains = new HashSet<>();
        Map<String, Integer> state = new HashMap<>();
        List<String> path = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        for (String start : nesting.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            state.put(start, ON_PATH);
            path.add(start);
            next.add(0);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                List<Edge> edges = nesting.get(path.get(top));
                if (next.get(top) == edges.size()) {
                    state.put(path.remove(top), DONE);
                    next.remove(top);
                    continue;
                }
                Edge edge = edges.get(next.get(top));
                next.set(top, next.get(top) + 1);
                Integer seen = state.get(edge.to());
                if (seen == null) {
                    state.put(edge.to(), ON_PATH);
                    path.add(edge.to());
                    next.add(0);
                } else if (seen == ON_PATH) {
                    String chain = chain(path.subList(path.indexOf(edge.to()), path.size()), edge.to(), spellings);
                    // A group naming the same member twice would close the same cycle twice; say it once.
                    if (chains.add(chain)) {
                        cycles.add(new Cycle(edge.pointer(), chain));
                    }
                }
            }
        }
        return cycles;
    }

    private static String chain(List<String> loop, String closing, Map<String, String> spellings) {
        StringBuilder out = new StringBuilder();
        for (String key : loop) {
            out.append(Shown.code(spellings.get(key))).append(" → ");
        }
        return out.append(Shown.code(spellings.get(closing))).toString();
    }
}
