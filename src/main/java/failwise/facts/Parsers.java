package failwise.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The Jackson readers for one set of {@link Limits}: strict mappers for the fast path (they enforce the limits and
 * reject duplicate keys) and relaxed streaming factories that diagnosis and location use to re-read a text whole.
 * Building them is costly and they are thread-safe, so the default set is shared.
 */
final class Parsers {

    /** Digits in one number; Jackson's own default, named so diagnosis can measure against it. */
    static final int MAX_NUMBER_LENGTH = 1000;

    private static final Parsers DEFAULTS = new Parsers(Limits.defaults());

    private final ObjectMapper json;
    private final ObjectMapper yaml;
    private final JsonFactory relaxedJson;
    private final JsonFactory relaxedYaml;

    private Parsers(Limits limits) {
        StreamReadConstraints strict = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(limits.maxFileBytes())
                .build();
        // Relaxed: only the file size bounds it, so diagnosis can measure how deep or long things really are.
        int whole = (int) Math.min(limits.maxFileBytes(), Integer.MAX_VALUE);
        StreamReadConstraints relaxed = StreamReadConstraints.builder()
                .maxNestingDepth(Integer.MAX_VALUE)
                .maxStringLength(whole)
                .maxNameLength(whole)
                .maxNumberLength(whole)
                .build();
        // Decimals are kept exact, so a number too large for a double is shown as written (1E+999), not as Infinity.
        json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(strict)
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        yaml = YAMLMapper.builder(yamlFactory(strict, whole, true))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        relaxedJson = JsonFactory.builder().streamReadConstraints(relaxed).build();
        relaxedYaml = yamlFactory(relaxed, whole, false);
    }

    static Parsers of(Limits limits) {
        return limits.equals(Limits.defaults()) ? DEFAULTS : new Parsers(limits);
    }

    /** The whole text as a tree; throws on anything malformed, duplicated or over a limit. */
    JsonNode readTree(Input input) throws IOException {
        ObjectMapper mapper = input.yaml() ? yaml : json;
        return input.bytes() != null ? mapper.readTree(input.bytes()) : mapper.readTree(input.text());
    }

    /** A streaming parser that tolerates duplicates and exceeded limits, for finding and measuring them. */
    JsonParser relaxed(Input input) throws IOException {
        return input.open(input.yaml() ? relaxedYaml : relaxedJson);
    }

    private static YAMLFactory yamlFactory(StreamReadConstraints constraints, int codePoints, boolean strict) {
        // SnakeYAML refuses documents over 3 MB by default; the file size limit is the one that should apply.
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(codePoints);
        YAMLFactoryBuilder builder = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints);
        if (strict) {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        }
        return builder.build();
    }
}
