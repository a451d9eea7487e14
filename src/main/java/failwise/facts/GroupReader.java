package failwise.facts;

import com.fasterxml.jackson.databind.JsonNode;
import failwise.model.Group;
import failwise.model.GroupMember;
import failwise.model.InputFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code /groups}: first every group's name (members may name groups defined later), then each group with its
 * members resolved, then the membership cycles, which Domino cannot expand.
 */
final class GroupReader {

    static final List<String> KEYS = List.of("name", "type", "members");
    static final List<String> TYPES = List.of("MULTI_PURPOSE", "ACL_ONLY", "MAIL_ONLY", "SERVERS_ONLY", "DENY_LIST_ONLY");

    private final Issues issues;
    private final NameIndex names;
    /** Group key to the groups it contains, for cycle search; only uniquely named groups take part. */
    private final Map<String, List<GroupCycles.Edge>> nesting = new LinkedHashMap<>();
    private final Map<String, String> spellings = new HashMap<>();

    GroupReader(Issues issues, NameIndex names) {
        this.issues = issues;
        this.names = names;
    }

    /** Adds each group followed by its members to {@code out}, in file order. */
    void read(JsonNode groups, List<InputFact> out) {
        List<Fields> opened = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Fields f = Fields.open(groups.get(i), Pointers.element("/groups", i), issues, KEYS);
            String name = f == null ? null : f.nonBlank("name", true);
            if (name != null) {
                name = name.trim();
                String earlier = names.addGroup(name, f.pointer());
                if (earlier != null) {
                    issues.add(f.at("name"), Issues.DUPLICATE_NAME,
                            "expected a unique group name, found " + Shown.code(name) + ", already used by " + earlier);
                } else {
                    nesting.put(NameIndex.groupKey(name), new ArrayList<>());
                    spellings.put(NameIndex.groupKey(name), name);
                }
            }
            opened.add(f);
            groupNames.add(name);
        }
        for (int i = 0; i < opened.size(); i++) {
            if (opened.get(i) != null) {
                readMembers(opened.get(i), groupNames.get(i), out);
            }
        }
        for (GroupCycles.Cycle cycle : GroupCycles.find(nesting, spellings)) {
            issues.add(cycle.pointer(), Issues.GROUP_CYCLE, "expected groups without cycles, found " + cycle.chain());
        }
    }

    private void readMembers(Fields f, String group, List<InputFact> out) {
        String type = f.choice("type", TYPES, "MULTI_PURPOSE");
        JsonNode array = f.array("members");
        List<GroupMember> members = new ArrayList<>(array.size());
        List<GroupCycles.Edge> edges = group == null ? null : nesting.get(NameIndex.groupKey(group));
        for (int j = 0; j < array.size(); j++) {
            String pointer = Pointers.element(f.at("members"), j);
            JsonNode element = array.get(j);
            if (!element.isTextual() || element.textValue().isBlank()) {
                issues.add(pointer, Issues.WRONG_TYPE, "expected a non-empty string, found " + Shown.describe(element));
                continue;
            }
            String member = names.member(element.textValue());
            if (member == null) {
                issues.add(pointer, Issues.UNKNOWN_GROUP, "expected a group in /groups, a server, an implicit group or a "
                        + "hierarchical name, found " + Shown.code(element.textValue()));
                continue;
            }
            members.add(new GroupMember(group, member, pointer));
            if (edges != null && names.group(member) != null && nesting.containsKey(NameIndex.groupKey(member))) {
                edges.add(new GroupCycles.Edge(NameIndex.groupKey(member), pointer));
            }
        }
        List<String> memberNames = new ArrayList<>(members.size());
        members.forEach(m -> memberNames.add(m.member()));
        out.add(new Group(group, type, memberNames, f.pointer()));
        out.addAll(members);
    }
}
