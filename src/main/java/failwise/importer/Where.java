package failwise.importer;

/** The place in an input a value was read from: the file as named on the command line, a 1-based line and column. */
record Where(String file, int line, int column) {

    /** {@code file:line}, as a source comment of the written fact file shows it. */
    String shortly() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
