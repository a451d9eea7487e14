package failwise.explain;

import failwise.model.Conclusion;
import failwise.model.Finding;
import failwise.model.InputFact;
import failwise.model.Request;
import failwise.verify.FactFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which request a conclusion is about, the one way explain, evaluate's grouping and its filters tell. */
public final class About {
    private About() {
    }

    /** The request a conclusion is about: its {@code request} field, or a finding whose subject is one; else null. */
    public static String request(Conclusion c, Set<String> requestIds) {
        if (c instanceof Finding f) {
            return requestIds.contains(f.subject()) ? f.subject() : null;
        }
        Object request = FactFields.of(c).get("request");
        return request == null ? null : String.valueOf(request);
    }

    /** The requests of a fact file, in the file's order. */
    public static List<Request> requests(Collection<InputFact> facts) {
        List<Request> out = new ArrayList<>();
        for (InputFact f : facts) {
            if (f instanceof Request r) {
                out.add(r);
            }
        }
        return out;
    }

    /** The ids of {@link #requests}, in the file's order. */
    public static Set<String> ids(List<Request> requests) {
        Set<String> out = new LinkedHashSet<>();
        requests.forEach(r -> out.add(r.id()));
        return out;
    }
}
