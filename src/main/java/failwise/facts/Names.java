package failwise.facts;

import java.util.Locale;

/**
 * Domino hierarchical names: turns abbreviated ({@code Mail1/Sales/Acme/US}) or loosely typed canonical
 * ({@code cn=Mail1/o=Acme}) names into one canonical spelling ({@code CN=Mail1/OU=Sales/O=Acme/C=US}), and gives
 * the case-insensitive key Domino compares names by.
 */
public final class Names {

    private Names() {
    }

    /**
     * The canonical spelling of {@code name}: component keys upper-cased, blanks around components trimmed, values'
     * case kept. A name of one component without {@code =} is flat and only trimmed; {@code *} stays a wildcard.
     */
    public static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim();
        if (trimmed.indexOf('/') < 0 && trimmed.indexOf('=') < 0) {
            return trimmed;
        }
        String[] parts = trimmed.split("/", -1);
        boolean typed = false;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].trim();
            typed |= parts[i].indexOf('=') >= 0;
        }
        return typed ? typed(parts) : abbreviated(parts);
    }

    /** The comparison key of {@code name}: its canonical spelling lower-cased, as Domino ignores case in names. */
    public static String key(String name) {
        String canonical = canonical(name);
        return canonical == null ? null : canonical.toLowerCase(Locale.ROOT);
    }

    private static String typed(String[] parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (out.length() > 0) {
                out.append('/');
            }
            int equals = part.indexOf('=');
            if (equals < 0) {
                out.append(part);
            } else {
                out.append(part.substring(0, equals).trim().toUpperCase(Locale.ROOT))
                        .append('=').append(part.substring(equals + 1).trim());
            }
        }
        return out.toString();
    }

    private static String abbreviated(String[] parts) {
        int last = parts.length - 1;
        StringBuilder out = new StringBuilder();
        // The wildcard stands where the common name would; Domino writes it bare (*/O=Acme).
        out.append("*".equals(parts[0]) ? "*" : "CN=" + parts[0]);
        // Domino organisation names have at least 3 characters, so a trailing 2-character part is a country.
        boolean country = parts.length >= 3 && parts[last].length() == 2;
        int organisation = country ? last - 1 : last;
        for (int i = 1; i < organisation; i++) {
            out.append("/OU=").append(parts[i]);
        }
        out.append("/O=").append(parts[organisation]);
        if (country) {
            out.append("/C=").append(parts[last]);
        }
        return out.toString();
    }
}
