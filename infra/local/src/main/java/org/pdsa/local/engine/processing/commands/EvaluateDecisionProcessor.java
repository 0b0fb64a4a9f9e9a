package org.pdsa.local.engine.processing.commands;

import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.decision.DecisionResult;
import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.DecisionDefinition;
import org.pdsa.local.engine.state.DecisionRequirements;
import org.pdsa.local.engine.state.Decisions;

/**
 * Evaluates a deployed decision outside any process (journaled: it takes a key). An evaluation
 * that fails is still answered, with the failure and the decision that failed, as the REST API
 * documents; an unknown decision is 404.
 */
public final class EvaluateDecisionProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        EvaluateDecision request = (EvaluateDecision) command.payload();
        Decisions decisions = context.state().decisions();
        DecisionDefinition decision;
        if (request.decisionDefinitionKey() != null) {
            decision = decisions.definition(Long.parseLong(request.decisionDefinitionKey()));
            if (decision == null) {
                context.reject(Rejection.notFound("Expected to evaluate decision with key '" + request.decisionDefinitionKey()
                        + "', but no such decision was found"));
                return;
            }
        } else if (request.decisionDefinitionId() != null && !request.decisionDefinitionId().isBlank()) {
            decision = decisions.latest(request.decisionDefinitionId());
            if (decision == null) {
                context.reject(Rejection.notFound("Expected to evaluate decision with id '" + request.decisionDefinitionId()
                        + "', but no such decision was found"));
                return;
            }
        } else {
            context.reject(Rejection.invalidArgument("Expected either a decisionDefinitionId or a decisionDefinitionKey, but none given"));
            return;
        }
        DecisionRequirements requirements = decisions.requirements(decision.decisionRequirementsKey());
        DecisionResult result = context.decisions().evaluate(requirements, decision.decisionId(), request.variablesOrEmpty());
        List<DecisionDefinition> evaluated = new ArrayList<>();
        List<DecisionDefinition> ofGraph = decisions.decisionsOf(requirements.key());
        for (DecisionResult.EvaluatedDecision e : result.evaluated()) {
            evaluated.add(ofGraph.stream().filter(d -> d.decisionId().equals(e.decisionId())).findFirst().orElse(decision));
        }
        context.respond(new DecisionEvaluation(decision, requirements, context.nextKey(), result, evaluated));
    }
}
