/**
 * Domino's own exports in, a fact file out: DXL of the Domino Directory and of the Cluster Database Directory,
 * {@code show cluster} and {@code show stat} console captures and NOTES.INI files, each recognised by its content,
 * merged by canonical server name with a stated precedence, every value written with the place it came from.
 * This package knows the shapes of those formats (item names, DXL elements, console lines), never what Domino does.
 */
package failwise.importer;
