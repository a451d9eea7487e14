package failwise.model;

/**
 * A value the pack offers for one field of a fact file, with what it means: a row of a rule file's
 * {@code values of <Type>.<field>} query, which {@code failwise schema} turns into that field's completions.
 */
public record Offered(String value, String meaning) {
}
