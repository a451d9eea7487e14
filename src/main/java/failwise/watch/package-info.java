/**
 * Keeps an evaluation current while a consultant edits: notices changed rule and fact files, recompiles and
 * re-evaluates, and reports the difference in conclusions rather than the whole report again.
 */
package failwise.watch;
