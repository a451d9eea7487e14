package failwise.importer;

import failwise.facts.Limits;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a DXL export with StAX, never holding more than one document: hands each {@code <document>} and the
 * {@code <acl>} entries over as they end. DTDs and external entities are never loaded (the {@code DOCTYPE} of a
 * real export names a DTD file that is not there, and loading one would open the door to XXE), and the limits of
 * fact files apply: nesting depth, length of one text, number of elements.
 */
final class DxlReader {
    /** An ACL entry as read: its name and roles, bracketed. */
    record AclEntry(String name, List<String> roles, Where where) {
    }

    private static final XMLInputFactory FACTORY = factory();

    private final Limits limits;

    DxlReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads {@code input}; false after reporting why it could not be read to the end. */
    boolean read(InputFile input, Consumer<DxlNote> notes, Consumer<Where> acl, Consumer<AclEntry> entries,
                 Report report) {
        String file = input.name();
        XMLStreamReader r = null;
        int[] at = {1, 1};
        try {
            r = FACTORY.createXMLStreamReader(file, new ByteArrayInputStream(input.bytes()));
            State s = new State();
            long elements = 0;
            int depth = 0;
            boolean afterText = false;
            while (r.hasNext()) {
                place(r.getLocation(), at, afterText);
                int event = r.next();
                afterText = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE;
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth > limits.maxNestingDepth() || ++elements > limits.maxFacts()) {
                        report.unreadable(file, at[0], at[1], Report.LIMIT, depth > limits.maxNestingDepth()
                                ? "expected elements nested at most " + limits.maxNestingDepth() + " deep, found deeper"
                                : "expected at most " + limits.maxFacts() + " elements, found more");
                        return false;
                    }
                    if (depth == 1 && !r.getLocalName().equals("database")) {
                        report.unreadable(file, at[0], at[1], Report.UNKNOWN_INPUT, "expected a DXL export of a "
                                + "database (root element `database`), found the root element `" + r.getLocalName() + "`");
                        return false;
                    }
                    s.start(r, new Where(file, at[0], at[1]), acl);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (!s.text(r, limits.maxStringLength())) {
                        report.unreadable(file, at[0], at[1], Report.LIMIT, "expected texts of at most "
                                + limits.maxStringLength() + " characters, found a longer one");
                        return false;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    s.end(r.getLocalName(), notes, entries);
                }
            }
            return true;
        } catch (XMLStreamException e) {
            Location where = e.getLocation();
            report.unreadable(file, where == null ? at[0] : Math.max(where.getLineNumber(), 1),
                    where == null ? at[1] : Math.max(where.getColumnNumber(), 1), Report.SYNTAX,
                    "expected well-formed DXL, found " + message(e));
            return false;
        } catch (RuntimeException e) {
            // The JDK's parser fails on a few malformed inputs with its own exceptions (a message key it lacks,
            // for one); that is still malformed XML, and the place is the last one it reached.
            report.unreadable(file, at[0], at[1], Report.SYNTAX, "expected well-formed DXL, found XML the parser "
                    + "gave up on (" + TextLines.shown(String.valueOf(e.getMessage())).replace("`", "") + ")");
            return false;
        } finally {
            close(r);
        }
    }

    /** What the parser says, without the "ParseError at [row,col]:" prefix the located line already gives. */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf("Message:");
        return TextLines.shown(m.substring(cut < 0 ? 0 : cut + "Message:".length()).strip()).replace("`", "");
    }

    /** Where the next event starts: the JDK's parser, after a text, has already read the {@code <} that ends it. */
    private static void place(Location location, int[] at, boolean afterText) {
        if (location != null && location.getLineNumber() > 0) {
            at[0] = location.getLineNumber();
            at[1] = Math.max(location.getColumnNumber() - (afterText ? 1 : 0), 1);
        }
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing more will be read from it
            }
        }
    }

    /** Where the reader stands: inside which document, item, ACL entry, and which text it is collecting. */
    private static final class State {
        private DxlNote note;
        private String itemName;
        private boolean readers;
        private boolean authors;
        private Where itemWhere;
        private List<String> values;
        private boolean inModified;
        private StringBuilder leaf;
        private String leafOf;
        private String entryName;
        private Where entryWhere;
        private List<String> roles;

        void start(XMLStreamReader r, Where where, Consumer<Where> acl) {
            String name = r.getLocalName();
            switch (name) {
                case "document" -> {
                    if (note == null) {
                        note = new DxlNote(r.getAttributeValue(null, "form"), where);
                    }
                }
                case "noteinfo" -> {
                    if (note != null) {
                        note.noteId = r.getAttributeValue(null, "noteid");
                        note.unid = r.getAttributeValue(null, "unid");
                    }
                }
                case "modified" -> {
                    inModified = note != null && itemName == null;
                    if (inModified) {
                        note.modifiedWhere = where;
                    }
                }
                case "item" -> {
                    if (note != null && itemName == null) {
                        itemName = String.valueOf(r.getAttributeValue(null, "name"));
                        readers = "true".equals(r.getAttributeValue(null, "readers"));
                        authors = "true".equals(r.getAttributeValue(null, "authors"));
                        itemWhere = where;
                        values = new ArrayList<>();
                    }
                }
                case "acl" -> {
                    if (note == null) {
                        acl.accept(where);
                    }
                }
                case "aclentry" -> {
                    if (note == null) {
                        entryName = r.getAttributeValue(null, "name");
                        entryWhere = where;
                        roles = new ArrayList<>();
                    }
                }
                case "text", "number", "datetime", "role" -> {
                    leaf = new StringBuilder();
                    leafOf = name;
                }
                default -> {
                    // every other element of DXL carries nothing import reads
                }
            }
        }

        boolean text(XMLStreamReader r, int max) {
            if (leaf != null) {
                leaf.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                return leaf.length() <= max;
            }
            return r.getTextLength() <= max || r.isWhiteSpace();
        }

        void end(String name, Consumer<DxlNote> notes, Consumer<AclEntry> entries) {
            if (leaf != null && name.equals(leafOf)) {
                String value = leaf.toString();
                leaf = null;
                if (name.equals("role") && roles != null) {
                    roles.add(value.strip());
                } else if (values != null) {
                    values.add(value);
                } else if (inModified && name.equals("datetime") && note.modified == null) {
                    note.modified = value.strip();
                }
                return;
            }
            switch (name) {
                case "modified" -> inModified = false;
                case "item" -> {
                    if (values != null) {
                        note.items.add(new DxlNote.Item(itemName, readers, authors, itemWhere, values));
                        itemName = null;
                        values = null;
                    }
                }
                case "document" -> {
                    if (note != null && itemName == null) {
                        notes.accept(note);
                        note = null;
                    }
                }
                case "aclentry" -> {
                    if (roles != null) {
                        entries.accept(new AclEntry(entryName, roles, entryWhere));
                        roles = null;
                    }
                }
                default -> {
                    // nothing to close
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own StAX parser, whatever else is on the class path, so the settings below are the ones in force.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
