package failwise.model;

import java.util.List;

/** Whether a server can read a Foreign Domain document, and the entries that let it. */
public record DocumentVisibility(String document, String server, boolean visible, List<String> grantedBy)
        implements Conclusion {
    public DocumentVisibility {
        grantedBy = grantedBy == null ? List.of() : List.copyOf(grantedBy);
    }

    @Override
    public String subject() {
        return document + " " + server;
    }
}
