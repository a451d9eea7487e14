package failwise.facts;

import static org.assertj.core.api.Assertions.assertThat;

import failwise.model.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML bytes that are not UTF-8 are located where they stand, as in JSON, not at the start of the file. */
class YamlEncodingTest {
    @TempDir
    Path dir;

    @Test
    void aLatin1ByteInYamlIsLocatedAtItsLineAndColumn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("name: Acme\nservers:\n  - name: Mail1/Acme\n    cluster: Caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.write("\n".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.write(dir.resolve("latin1.yaml"), bytes.toByteArray());

        LoadResult result = new FactLoader().load(file);

        assertThat(result.problems()).extracting(Problem::render)
                .containsExactly(file + ":4:17: syntax: /: expected UTF-8 text, found the byte 0xE9");
    }

    @Test
    void aTruncatedCharacterAtTheEndIsLocatedToo() throws Exception {
        byte[] text = "name: Caf".getBytes(StandardCharsets.US_ASCII);
        byte[] cut = java.util.Arrays.copyOf(text, text.length + 1);
        cut[text.length] = (byte) 0xC3; // the first of é's two bytes
        Path file = Files.write(dir.resolve("cut.yaml"), cut);

        assertThat(new FactLoader().load(file).problems()).extracting(Problem::render)
                .containsExactly(file + ":1:10: syntax: /: expected UTF-8 text, found the byte 0xC3");
    }
}
