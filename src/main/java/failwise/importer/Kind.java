package failwise.importer;

/**
 * What sort of input a value came from, in increasing precedence for live values: a console capture shows the
 * server as it runs, a NOTES.INI file what it read at start-up, the Directory what an administrator configured.
 */
enum Kind {
    DIRECTORY("the Domino Directory"),
    NOTES_INI("NOTES.INI"),
    CONSOLE("the console");

    private final String words;

    Kind(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }
}
