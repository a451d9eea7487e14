package failwise.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import failwise.whatif.Change.Kind;
import failwise.whatif.Change.Op;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Applies changes to a fact file's JSON tree in place: finds each target by name, id or pointer, then edits it. */
final class TreeEdit {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final String source;
    private final Targets targets;

    TreeEdit(JsonNode root, String source) {
        this.root = root;
        this.source = source;
        this.targets = new Targets(root, source);
    }

    void apply(Change c) throws ChangeException {
        try {
            edit(c);
        } finally {
            targets.applied(c);
        }
    }

    private void edit(Change c) throws ChangeException {
        if (c.kind() == Kind.POINTER) {
            pointer(c);
            return;
        }
        ObjectNode entity = targets.find(c);
        if (c.key() != null) {
            JsonNode ini = entity.get("notesIni");
            ObjectNode settings = ini instanceof ObjectNode o ? o : entity.putObject("notesIni");
            edit(c, settings, existingKey(settings, c.key()), "NOTES.INI setting " + c.key());
        } else {
            edit(c, entity, c.field(), c.field());
        }
    }

    /** NOTES.INI names ignore case: edit the line the file has, whatever its spelling. */
    private static String existingKey(ObjectNode settings, String key) {
        for (Iterator<String> it = settings.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equalsIgnoreCase(key)) {
                return name;
            }
        }
        return key;
    }

    private void edit(Change c, ObjectNode parent, String field, String what) throws ChangeException {
        JsonNode current = parent.get(field);
        switch (c.op()) {
            case SET -> parent.set(field, coerce(c.value(), current));
            case DELETE -> {
                if (current == null) {
                    throw new ChangeException(c.quoted() + ": expected " + what + " to be there to remove, found none");
                }
                parent.remove(field);
            }
            case ADD, REMOVE_ITEM -> parent.set(field, listEdit(c, current, what));
        }
    }

    private static ArrayNode listEdit(Change c, JsonNode current, String what) throws ChangeException {
        if (current != null && !current.isArray() && !current.isNull()) {
            throw new ChangeException(c.quoted() + ": expected " + what + " to be a list, found " + current);
        }
        ArrayNode list = current instanceof ArrayNode a ? a : NODES.arrayNode();
        List<JsonNode> items = new ArrayList<>();
        if (c.value().isArray()) {
            c.value().forEach(items::add);
        } else {
            items.add(c.value());
        }
        for (JsonNode item : items) {
            int index = indexOf(list, item);
            if (c.op() == Op.ADD && index < 0) {
                list.add(item);
            } else if (c.op() == Op.REMOVE_ITEM) {
                if (index < 0) {
                    throw new ChangeException(c.quoted() + ": expected " + item + " in " + what + ", found "
                            + (list.isEmpty() ? "an empty list" : list.toString()));
                }
                list.remove(index);
            }
        }
        return list;
    }

    private static int indexOf(ArrayNode list, JsonNode item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equals(item)) {
                return i;
            }
        }
        return -1;
    }

    /** A number or boolean given for a field the file holds as text stays text (a cluster named 2024). */
    private static JsonNode coerce(JsonNode value, JsonNode current) {
        if (current != null && current.isTextual() && value.isValueNode() && !value.isTextual() && !value.isNull()) {
            return NODES.textNode(value.asText());
        }
        return value;
    }

    private void pointer(Change c) throws ChangeException {
        String pointer = c.entity();
        int slash = pointer.lastIndexOf('/');
        String parentPointer = pointer.substring(0, slash);
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        JsonNode parent = parentPointer.isEmpty() ? root : root.at(parentPointer);
        if (parent instanceof ObjectNode o) {
            edit(c, o, last, pointer);
        } else if (parent instanceof ArrayNode a) {
            element(c, a, last);
        } else {
            throw new ChangeException(c.quoted() + ": expected `" + (parentPointer.isEmpty() ? "/" : parentPointer)
                    + "` to be an object or a list of " + source + ", found " + (parent.isMissingNode() ? "nothing there"
                    : parent.toString()));
        }
    }

    private static void element(Change c, ArrayNode array, String last) throws ChangeException {
        if (last.equals("-") && c.op() == Op.SET) {
            array.add(c.value());
            return;
        }
        int index;
        try {
            index = Integer.parseInt(last);
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= array.size()) {
            throw new ChangeException(c.quoted() + ": expected an index from 0 to " + (array.size() - 1)
                    + (c.op() == Op.SET ? " or - to append" : "") + ", found `" + last + "`");
        }
        switch (c.op()) {
            case SET -> array.set(index, coerce(c.value(), array.get(index)));
            case DELETE -> array.remove(index);
            default -> {
                ObjectNode holder = NODES.objectNode();
                holder.set("item", array.get(index));
                new TreeEdit(holder, "").edit(c, holder, "item", c.entity());
                array.set(index, holder.get("item"));
            }
        }
    }
}
