package failwise.watch;

import failwise.engine.Evaluation;
import failwise.model.Conclusion;
import failwise.verify.CaseResult;

/** How the watcher shows conclusions; the command line supplies its text report, so both read alike. */
public interface WatchOutput {
    /** The whole report of a file's first good evaluation. */
    void report(CaseResult result);

    /** One conclusion on one line, for the {@code +} and {@code -} lines of a change. */
    String headline(Evaluation evaluation, Conclusion conclusion);
}
