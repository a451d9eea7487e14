package failwise.report;

import failwise.batch.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a report atomically and readable by whoever reads the folder (it is meant to be handed on), so a browser
 * or a mail client never sees half a report and a failed run leaves the previous one in place.
 */
public final class ReportFile {
    private ReportFile() {
    }

    public static void write(Path target, String content) throws IOException {
        try (AtomicFile file = AtomicFile.open(target)) {
            file.writer().write(content);
            file.commit();
        }
    }
}
