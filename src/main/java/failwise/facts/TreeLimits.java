package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The {@link Limits} of a fact file held against a tree that was not parsed from text (a what-if copy, where
 * {@code --set} put the values): the parser enforces them on text, this on the tree, with the same words.
 */
final class TreeLimits {
    private TreeLimits() {
    }

    /** The first string, key or nesting over the limits, or null when the tree keeps them. */
    static Issues check(JsonNode root, Limits limits) {
        Issues issues = new Issues();
        walk(root, "", 1, limits, issues);
        return issues.isEmpty() ? null : issues;
    }

    private static boolean walk(JsonNode node, String pointer, int depth, Limits limits, Issues issues) {
        int max = limits.maxStringLength();
        if (node.isTextual()) {
            return within(node.textValue().length(), "string", max, pointer, issues);
        }
        if (!node.isContainerNode()) {
            return true;
        }
        if (depth > limits.maxNestingDepth()) {
            issues.add(pointer, Issues.LIMIT, "expected nesting at most " + limits.maxNestingDepth()
                    + " levels deep, found more than " + limits.maxNestingDepth() + " levels");
            return false;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!walk(node.get(i), Pointers.element(pointer, i), depth + 1, limits, issues)) {
                    return false;
                }
            }
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            // An overlong key is placed at its object: a pointer holding the key would be as long.
            if (!within(member.getKey().length(), "key", max, pointer, issues)
                    || !walk(member.getValue(), Pointers.member(pointer, member.getKey()), depth + 1, limits, issues)) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(int length, String what, int max, String pointer, Issues issues) {
        if (length <= max) {
            return true;
        }
        issues.add(pointer, Issues.LIMIT, "expected a " + what + " of at most " + max + " characters, found " + length
                + " characters");
        return false;
    }
}
