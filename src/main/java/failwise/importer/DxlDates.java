package failwise.importer;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DXL's date-times, ISO 8601 basic with hundredths after a comma and an offset of 2 or 4 digits
 * ({@code 20210610T210450,87+00}, {@code -0430}), as the ISO-8601 instants the fact contract wants.
 */
final class DxlDates {
    private static final Pattern BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(?:[,.](\\d{1,9}))?(Z|[+-]\\d{2}(?:\\d{2})?)?");

    private DxlDates() {
    }

    /** The instant {@code text} stands for, or null when it is not a DXL date-time with its offset. */
    static String instant(String text) {
        Matcher m = BASIC.matcher(text.strip());
        if (!m.matches() || m.group(8) == null) {
            return null;
        }
        try {
            String fraction = m.group(7) == null ? "0" : m.group(7);
            int nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), nanos);
            String zone = m.group(8);
            ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC : zone.length() == 3
                    ? ZoneOffset.ofHours(Integer.parseInt(zone))
                    : ZoneOffset.ofHoursMinutes(Integer.parseInt(zone.substring(0, 3)),
                            Integer.parseInt(zone.charAt(0) + zone.substring(3)));
            return local.toInstant(offset).toString();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
