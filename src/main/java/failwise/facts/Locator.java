package failwise.facts;

/**
 * Where a JSON pointer of a fact file stands in its text, as 1-based {line, column}, or {0, 0} when unknown;
 * problems use it to point at the offending value.
 */
public interface Locator {

    /** A locator that knows nothing, for trees that were never text. */
    Locator NONE = pointer -> new int[] {0, 0};

    /** Where the value at {@code jsonPointer} starts. */
    int[] lineColumnOf(String jsonPointer);

    /** Where the key of the member at {@code jsonPointer} starts; the value's place unless the locator knows better. */
    default int[] keyLineColumnOf(String jsonPointer) {
        return lineColumnOf(jsonPointer);
    }
}
