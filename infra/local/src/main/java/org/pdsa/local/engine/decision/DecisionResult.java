package org.pdsa.local.engine.decision;

import java.util.List;

/**
 * The outcome of evaluating a decision: its output (a JSON-shaped value), or the failure and the
 * decision that failed; and every decision evaluated on the way (required decisions first).
 */
public record DecisionResult(Object output, String failureMessage, String failedDecisionId, List<EvaluatedDecision> evaluated) {

    public boolean failed() {
        return failureMessage != null;
    }

    /** One evaluated decision; {@code type} is DECISION_TABLE, LITERAL_EXPRESSION or UNKNOWN. */
    public record EvaluatedDecision(String decisionId, String name, String type, Object output, List<EvaluatedInput> inputs,
                                    List<MatchedRule> matchedRules) {}

    /** An input of a decision table with the value it had. */
    public record EvaluatedInput(String id, String name, Object value) {}

    /** A rule that matched; {@code index} is 1-based. */
    public record MatchedRule(String id, int index, List<EvaluatedOutput> outputs) {}

    /** An output entry of a matched rule with its value. */
    public record EvaluatedOutput(String id, String name, Object value) {}
}
