package failwise.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of one fact file as handed to the loader, either bytes read from disk (Jackson detects their encoding)
 * or a string, with the format its name implies; it can be re-read as often as diagnosis needs.
 */
record Input(String source, boolean yaml, byte[] bytes, String text) {

    static Input of(String source, byte[] bytes) {
        // Jackson's JSON reader detects UTF-16 by its byte-order mark but its YAML reader assumes UTF-8; decoding
        // here gives both formats the same answer.
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return of(source, new String(bytes, StandardCharsets.UTF_16BE));
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                && !(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0)) {
            return of(source, new String(bytes, StandardCharsets.UTF_16LE));
        }
        return new Input(source, isYaml(source), bytes, null);
    }

    static Input of(String source, String text) {
        // A byte-order mark survives decoding into a String; Jackson's string parser does not expect it.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Input(source, isYaml(source), null, body);
    }

    /** A new streaming parser over the whole text. */
    JsonParser open(JsonFactory factory) throws IOException {
        return bytes != null ? factory.createParser(bytes) : factory.createParser(text);
    }

    /** The name of the format, for messages. */
    String formatName() {
        return yaml ? "YAML" : "JSON";
    }

    private static boolean isYaml(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
