package failwise.model;

import java.time.Instant;
import java.util.List;

/**
 * A Foreign Domain document of the Domino Directory. Readers, authors and documentAccess entries are stored
 * items, kept exactly as written; {@code documentAccess} is null when the item is absent.
 */
public record ForeignDomainDocument(String id, String domain, String gatewayServer, String calendarServer,
                                    Instant modified, List<String> readers, List<String> authors,
                                    List<String> documentAccess, String pointer) implements InputFact {
    public ForeignDomainDocument {
        readers = readers == null ? List.of() : List.copyOf(readers);
        authors = authors == null ? List.of() : List.copyOf(authors);
        documentAccess = documentAccess == null ? null : List.copyOf(documentAccess);
    }
}
