/**
 * Explanations as a model, built once per conclusion and rendered three ways: the steps of the reasoning in the
 * order they build up ("In short"), the folded tree of rules and facts ("In full"), one citation per rule and the
 * Domino documentation behind them. Text, JSON and HTML render the same {@link failwise.explain.Explanation}
 * through {@link failwise.explain.ExplanationFormat}.
 */
package failwise.explain;
