package failwise.model;

/** Advice about the topology itself, with one sentence a consultant can act on. */
public record Finding(String code, String subject, String severity, String message) implements Conclusion {
}
