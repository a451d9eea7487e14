/**
 * Fact files in, {@link failwise.model.Snapshot}s out: the only package that reads JSON and YAML, and the one that
 * turns every defect of an input file into a located one-line {@link failwise.model.Problem}.
 */
package failwise.facts;
