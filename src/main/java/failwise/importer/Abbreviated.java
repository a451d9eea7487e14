package failwise.importer;

import failwise.facts.Names;

/**
 * Domino's abbreviated form of a hierarchical name ({@code Mail1/Acme} for {@code CN=Mail1/O=Acme}), as consoles
 * print it, when it names the same server again; else the canonical form.
 */
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
        // Only a name that reads back as itself is abbreviated: `CN=App1/OU=Acme` would come back as
        // `CN=App1/O=Acme`, another server, and a name of empty components (`CN=`) has no abbreviated form at all.
        String abbreviated = out.toString();
        return abbreviated.isBlank() || !Names.canonical(abbreviated).equals(canonical) ? canonical : abbreviated;
    }
}
