package failwise.facts;

/** Builds JSON pointers (RFC 6901) the way Jackson writes them, so pointers from the tree and the text agree. */
final class Pointers {

    private Pointers() {
    }

    /** The pointer of member {@code key} of the object at {@code base}. */
    static String member(String base, String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return base + "/" + key;
        }
        return base + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer of element {@code index} of the array at {@code base}. */
    static String element(String base, int index) {
        return base + "/" + index;
    }

    /** The pointer of the container holding {@code pointer}; "" for the root and its members. */
    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
