package org.pdsa.local.engine.processing.bpmn;

import java.util.List;
import org.pdsa.local.engine.decision.DecisionResult;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.CalledDecisionDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.DecisionDefinition;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * Business rule task: with {@code zeebe:calledDecision} the deployed decision is evaluated on
 * activation against the variables visible at the task and its output stored in the result
 * variable (no such decision: CALLED_DECISION_ERROR; evaluation fails: DECISION_EVALUATION_ERROR);
 * otherwise it is a job, like a service task.
 */
final class BusinessRuleTaskProcessor implements ElementProcessor {
    private final ServiceTaskProcessor job = new ServiceTaskProcessor();

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        CalledDecisionDefinition called = instance.element().attribute(CalledDecisionDefinition.KEY);
        if (called == null) return job.onActivate(instance, context);
        EvalResult<String> decisionId = context.expressions().evaluateString(called.decisionId(), instance);
        if (decisionId.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, decisionId.message());
        DecisionDefinition decision = resolve(decisionId.get(), called, instance, context);
        if (decision == null) {
            return Outcome.fail(Incident.Type.CALLED_DECISION_ERROR, "Expected to evaluate decision '" + decisionId.get()
                    + "', but no decision found for id '" + decisionId.get() + "'"
                    + (called.versionTag() == null ? "" : " and version tag '" + called.versionTag() + "'")
                    + (called.binding() == org.pdsa.local.engine.model.Binding.DEPLOYMENT ? " in the deployment of the process" : ""));
        }
        DecisionResult result = context.decisions().evaluate(
                context.state().decisions().requirements(decision.decisionRequirementsKey()), decision.decisionId(),
                instance.visibleVariables());
        if (result.failed()) {
            return Outcome.fail(Incident.Type.DECISION_EVALUATION_ERROR, result.failureMessage());
        }
        ResultVariables.store(instance, called.resultVariable(), result.output(), context);
        return Outcome.COMPLETE;
    }

    @Override
    public void onTerminate(ElementInstance instance, ProcessingContext context) {
        job.onTerminate(instance, context);
    }

    private static DecisionDefinition resolve(String decisionId, CalledDecisionDefinition called, ElementInstance instance,
                                              ProcessingContext context) {
        var decisions = context.state().decisions();
        return switch (called.binding()) {
            case LATEST -> decisions.latest(decisionId);
            case DEPLOYMENT -> latestMatching(decisions.versions(decisionId),
                    d -> d.deploymentKey() == instance.processInstance().definition().deploymentKey());
            case VERSION_TAG -> latestMatching(decisions.versions(decisionId), d -> called.versionTag().equals(d.versionTag()));
        };
    }

    private static DecisionDefinition latestMatching(List<DecisionDefinition> versions,
                                                     java.util.function.Predicate<DecisionDefinition> test) {
        for (int i = versions.size() - 1; i >= 0; i--) if (test.test(versions.get(i))) return versions.get(i);
        return null;
    }
}
