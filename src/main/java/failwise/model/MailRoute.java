package failwise.model;

/** Where the router hands mail for a foreign domain, or that it holds it. */
public record MailRoute(String request, String domain, String outcome, String via, String document,
                        String protocol) implements Conclusion {
    @Override
    public String subject() {
        return request;
    }
}
