package failwise.engine;

import java.util.List;

/** One rule firing: the rule, the facts it matched, and the values its sentence template names. */
record Firing(int sequence, RuleInfo rule, List<Object> premises, Object[] templateValues) {
}
