package failwise.model;

/** How a free/busy lookup to a foreign domain travels and whether it succeeds. */
public record FreeBusyLookup(String request, String domain, String outcome, String via, String calendarServer,
                             String reason) implements Conclusion {
    @Override
    public String subject() {
        return request;
    }
}
