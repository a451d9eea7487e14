package failwise.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One {@code <document>} of a DXL export as read: its form, note id, modified time and items with their values. */
final class DxlNote {
    /** An {@code <item>}: its name, its Readers/Authors flags, and every text, number or date-time it holds. */
    record Item(String name, boolean readers, boolean authors, Where where, List<String> values) {
        /** The first non-blank value, trimmed; null when there is none. */
        String first() {
            for (String v : values) {
                if (!v.isBlank()) {
                    return v.strip();
                }
            }
            return null;
        }

        /** Every non-blank value, trimmed. */
        List<String> all() {
            List<String> out = new ArrayList<>();
            for (String v : values) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
            return out;
        }
    }

    final String form;
    final Where where;
    String noteId;
    String unid;
    String modified;
    Where modifiedWhere;
    final List<Item> items = new ArrayList<>();

    DxlNote(String form, Where where) {
        this.form = form;
        this.where = where;
    }

    /** Item {@code name}, compared ignoring case as Notes does; null when absent. */
    Item item(String name) {
        for (Item item : items) {
            if (item.name().equalsIgnoreCase(name)) {
                return item;
            }
        }
        return null;
    }

    /** The first value of item {@code name}; null when absent or blank. */
    String text(String name) {
        Item item = item(name);
        return item == null ? null : item.first();
    }

    /** The form, from the attribute or else the {@code Form} item, lower-cased; empty when neither says. */
    String formKey() {
        String f = form != null && !form.isBlank() ? form : text("Form");
        return f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
    }
}
