package failwise.batch;

import failwise.verify.CaseResult;

/** One way of writing a batch's report: told each file's result in input order, then the totals. */
public interface ResultFormat {
    /** Before the first file. */
    void begin();

    /** One file's result; called in input order, from one thread. */
    void file(CaseResult result);

    /** After the last file: the counts, and the rule coverage when it was asked for (else null). */
    void end(Tally tally, Coverage coverage);
}
