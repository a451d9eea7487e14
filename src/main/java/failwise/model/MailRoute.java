package failwise.model;

/**
 * Where the router hands mail for a foreign domain, or that it holds it; {@code reason} says why when it is not
 * the plain case (for instance {@code REQUESTING_SERVER_UNAVAILABLE}).
 */
public record MailRoute(String request, String domain, String outcome, String via, String document,
                        String protocol, String reason) implements Conclusion {
    @Override
    public String subject() {
        return request;
    }
}
