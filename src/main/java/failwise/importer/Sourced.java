package failwise.importer;

/** A value with where it was read and from what sort of input, so merging can pick one and say why. */
record Sourced<T>(T value, Where where, Kind kind) {
}
