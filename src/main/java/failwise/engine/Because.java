package failwise.engine;

import java.util.List;

/**
 * Why a fact holds: either it was given in the fact file (with its JSON pointer), or a rule derived it from
 * premises that have their own reasons, down to given facts.
 */
public sealed interface Because {

    /** The fact this node explains. */
    Object fact();

    /** A fact from the fact file. */
    record Given(Object fact, String pointer) implements Because {
    }

    /** A fact a rule concluded: the rule, its sentence filled with this firing's values, and its premises. */
    record Derived(Object fact, RuleInfo rule, String says, List<Because> premises) implements Because {
    }
}
