package failwise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Texts that travel inside the jar (the schema, the starter fact file); a jar without one is a broken build. */
final class Shipped {
    private Shipped() {
    }

    /** The text of {@code resource}, {@code what} naming it if it is missing (an internal error, not the user's). */
    static String text(String resource, String what) {
        try (InputStream in = Shipped.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " is missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
