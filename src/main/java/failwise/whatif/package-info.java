/**
 * What-if analysis: forks of a fact file with a few facts changed ({@link failwise.whatif.Change}), evaluated on the
 * one compiled rule base and compared with the unchanged run; the single- and double-failure sweep
 * ({@link failwise.whatif.Sweep}); verified why-not remedies ({@link failwise.whatif.WhyNot}); and the difference
 * between two evaluations ({@link failwise.whatif.Diff}). Changes are applied to the fact file's JSON tree and the
 * tree is loaded again through {@link failwise.facts.FactLoader#fromTree}, so a fork is validated exactly like a
 * file a consultant wrote; that is why this package edits Jackson trees, the type {@code fromTree} takes.
 */
package failwise.whatif;
