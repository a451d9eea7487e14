package failwise.model;

/** A line a server prints on its console, with the request that caused it when there is one. */
public record ConsoleMessage(String server, String text, String request) implements Conclusion {
    @Override
    public String subject() {
        return server + " " + (request == null ? "" : request) + " " + text;
    }
}
