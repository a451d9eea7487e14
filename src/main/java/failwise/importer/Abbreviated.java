package failwise.importer;

import failwise.facts.Names;

/** Domino's abbreviated form of a hierarchical name ({@code Mail1/Acme} for {@code CN=Mail1/O=Acme}), as consoles print it. */
final class Abbreviated {
    private Abbreviated() {
    }

    static String name(String name) {
        String canonical = Names.canonical(name);
        if (canonical.indexOf('=') < 0) {
            return canonical;
        }
        StringBuilder out = new StringBuilder();
        for (String part : canonical.split("/", -1)) {
            out.append(out.length() == 0 ? "" : "/").append(part.substring(part.indexOf('=') + 1));
        }
        // A name of empty components (`CN=`) has no abbreviated form; the canonical one is all there is.
        return out.toString().isBlank() ? canonical : out.toString();
    }
}
