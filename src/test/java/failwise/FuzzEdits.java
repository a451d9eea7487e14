package failwise;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** The edits the fuzz targets make to a real input, so the fuzzer starts deep inside a valid shape. */
public final class FuzzEdits {
    private FuzzEdits() {
    }

    /** {@code text} edited one to four times: a cut, an inserted fragment, a repeated run or a replaced one. */
    public static String edit(FuzzedDataProvider data, String text, String[] fragments) {
        StringBuilder out = new StringBuilder(text);
        int edits = data.consumeInt(1, 4);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = data.consumeInt(0, out.length() - 1);
            int end = Math.min(out.length(), at + data.consumeInt(0, 40));
            switch (data.consumeInt(0, 3)) {
                case 0 -> out.delete(at, end);
                case 1 -> out.insert(at, data.pickValue(fragments));
                case 2 -> out.insert(at, out.substring(at, end));
                default -> out.replace(at, end, data.consumeString(20));
            }
        }
        return out.toString();
    }
}
