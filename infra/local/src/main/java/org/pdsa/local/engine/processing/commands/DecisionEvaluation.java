package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.decision.DecisionResult;
import org.pdsa.local.engine.state.DecisionDefinition;
import org.pdsa.local.engine.state.DecisionRequirements;

/**
 * Answer to a decision evaluation: the decision evaluated, its graph, the evaluation's key and the
 * result (with every evaluated decision and its definition, for the response's details).
 */
public record DecisionEvaluation(DecisionDefinition decision, DecisionRequirements requirements, long evaluationKey,
                                 DecisionResult result, java.util.List<DecisionDefinition> evaluatedDefinitions) {}
