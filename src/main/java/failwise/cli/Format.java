package failwise.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats a command can print in. */
enum Format {
    TEXT, JSON;

    /** Reads {@code --format} case-insensitively, naming the choices when the value is not one of them. */
    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected " + choices() + ", found `" + value + "`");
            }
        }
    }

    static String choices() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "));
    }
}
