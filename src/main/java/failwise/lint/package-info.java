/**
 * Checks a rule pack against its conventions by reading the DRL text itself (a small lexer and a per-rule
 * scanner), so every finding points at the token that causes it, even in a file the compiler rejects.
 */
package failwise.lint;
