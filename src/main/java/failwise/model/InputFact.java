package failwise.model;

/** A fact read from a fact file; {@link #pointer()} is where it stands there, as a JSON pointer. */
public interface InputFact {
    String pointer();
}
