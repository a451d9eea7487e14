package failwise.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where JSON pointers stand in a fact file by re-reading its text with a streaming parser. It runs only when
 * a file has problems, and descends only into containers on the way to a wanted pointer.
 */
final class TextLocator implements Locator {

    static final int[] UNKNOWN = {0, 0};

    /** The places found: value starts and key starts, by pointer. */
    record Found(Map<String, int[]> values, Map<String, int[]> keys) {
    }

    private final Parsers parsers;
    private final Input input;

    TextLocator(Parsers parsers, Input input) {
        this.parsers = parsers;
        this.input = input;
    }

    @Override
    public int[] lineColumnOf(String jsonPointer) {
        return locate(Set.of(jsonPointer), Set.of()).values().getOrDefault(jsonPointer, UNKNOWN);
    }

    @Override
    public int[] keyLineColumnOf(String jsonPointer) {
        return locate(Set.of(), Set.of(jsonPointer)).keys().getOrDefault(jsonPointer, UNKNOWN);
    }

    /** The places of all {@code values} and {@code keys} in one pass; pointers not in the text are left out. */
    Found locate(Set<String> values, Set<String> keys) {
        Found found = new Found(new HashMap<>(), new HashMap<>());
        Set<String> ancestors = new HashSet<>();
        for (Set<String> wanted : List.of(values, keys)) {
            for (String pointer : wanted) {
                for (String up = pointer; !up.isEmpty(); ) {
                    up = Pointers.parent(up);
                    ancestors.add(up);
                }
            }
        }
        int remaining = values.size() + keys.size();
        try (JsonParser parser = parsers.relaxed(input)) {
            JsonToken token;
            while (remaining > 0 && (token = parser.nextToken()) != null) {
                if (token.isStructEnd()) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.FIELD_NAME) {
                    remaining -= record(keys, pointer, parser, found.keys());
                    token = parser.nextToken();
                    if (token == null) {
                        break;
                    }
                }
                remaining -= record(values, pointer, parser, found.values());
                if (token.isStructStart() && !ancestors.contains(pointer)) {
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Locations are best effort: a text that already parsed once does not fail here, and if it somehow
            // does, the problems are still worth reporting without a place.
        }
        return found;
    }

    private static int record(Set<String> wanted, String pointer, JsonParser parser, Map<String, int[]> into) {
        if (!wanted.contains(pointer) || into.containsKey(pointer)) {
            return 0;
        }
        JsonLocation at = parser.currentTokenLocation();
        into.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        return 1;
    }
}
