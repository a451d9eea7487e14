package failwise.explain;

/** One way of writing explanations (text, JSON, HTML): told each explanation in turn, it writes to its own sink. */
public interface ExplanationFormat {
    void write(Explanation explanation);
}
