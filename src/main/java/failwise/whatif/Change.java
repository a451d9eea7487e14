package failwise.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.facts.Names;
import java.util.Map;
import java.util.Objects;

/**
 * One edit of a fact file, written in the change language of {@code --set} and of the rule pack's remedies.
 *
 * <pre>
 * change  :=  target '=' value        set a field (an empty value removes it, like '!')
 *          |  target '+=' value       add to a list field (a value in [..] adds each item)
 *          |  target '-=' value       remove from a list field
 *          |  '!' target              remove a field, so its default applies again
 * target  :=  SERVER '.' FIELD                  a server, by name, canonical or as written: Mail1/Acme.state
 *          |  SERVER '.notesIni.' KEY           one NOTES.INI setting: Mail1/Acme.notesIni.Server_Restricted
 *          |  'replica:' DATABASE '@' SERVER '.' FIELD   a replica by path or replica ID and server
 *          |  'fd:' ID '.' FIELD                a Foreign Domain document by id: fd:A.documentAccess
 *          |  'request:' ID '.' FIELD           a request by id: request:open-mail.databaseAlreadyOpen
 *          |  'group:' NAME '.' FIELD           a group by name: group:ServersGrp.members
 *          |  '/' JSON-POINTER                  anything else: /servers/0/state; a final '-' appends to an array
 * value   :=  JSON (12, true, null, "text", [..], {..})  |  [a, b, c] (a list of bare words)  |  bare text
 * </pre>
 *
 * A number or boolean given for a field the file holds as text is taken as text.
 */
public record Change(String text, Kind kind, String entity, String field, String key, Op op, JsonNode value) {

    /** What a change's target names. */
    public enum Kind { SERVER, REPLICA, FOREIGN_DOMAIN, REQUEST, GROUP, POINTER }

    /** What a change does to its target. */
    public enum Op { SET, ADD, REMOVE_ITEM, DELETE }

    public Change {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(op, "op");
    }

    /** The change as it was written, quoted for messages: {@code --set 'Mail1/Acme.state=DOWN'}. */
    public String quoted() {
        return "--set '" + text + "'";
    }

    /** The change as written, with a server target named as the fact file writes it (canonical name to written). */
    public String shown(Map<String, String> writtenNames) {
        if (kind != Kind.SERVER) {
            return text;
        }
        String written = writtenNames.get(Names.canonical(entity));
        int at = text.indexOf(entity);
        return written == null || at < 0 ? text : text.substring(0, at) + written + text.substring(at + entity.length());
    }

    @Override
    public String toString() {
        return text;
    }
}
