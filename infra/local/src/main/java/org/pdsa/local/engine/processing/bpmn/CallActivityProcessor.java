package org.pdsa.local.engine.processing.bpmn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.CalledElementDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementState;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * Call activity: starts an instance of the called process (its parent keys point here) and waits
 * for it. Variables follow Zeebe's documented rules: the child gets every variable visible at the
 * call activity, or only the call activity's locals (its input mappings) when
 * {@code propagateAllParentVariables} is false. When the child completes, its variables become
 * locals of the call activity if it has output mappings (which then decide what leaves), else they
 * are propagated from the call activity when {@code propagateAllChildVariables} is true (the
 * default), else dropped. Terminating the call activity terminates the child.
 */
final class CallActivityProcessor implements ElementProcessor {

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        CalledElementDefinition called = instance.element().attribute(CalledElementDefinition.KEY);
        EvalResult<String> processId = context.expressions().evaluateString(called.processId(), instance);
        if (processId.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, processId.message());
        ProcessDefinition definition = resolve(processId.get(), called, instance, context);
        if (definition == null) return Outcome.fail(Incident.Type.CALLED_ELEMENT_ERROR, notFound(processId.get(), called));
        if (definition.executable().root().noneStartEvent() == null) {
            return Outcome.fail(Incident.Type.CALLED_ELEMENT_ERROR, "Expected process with BPMN process id '"
                    + processId.get() + "' to have a none start event, but not found.");
        }
        Map<String, Object> variables = called.propagateAllParentVariables()
                ? instance.visibleVariables() : new HashMap<>(instance.localVariables());
        ProcessInstance child = context.bpmn().createCalledProcessInstance(definition, variables, instance);
        instance.setCalledProcessInstanceKey(child.key());
        return Outcome.WAIT;
    }

    @Override
    public void onTerminate(ElementInstance instance, ProcessingContext context) {
        ProcessInstance child = context.state().processInstances().get(instance.calledProcessInstanceKey());
        if (child != null && child.root() != null) context.bpmn().terminate(child.root());
    }

    /** The root of a called process instance completed: hand its variables to the call activity and complete it. */
    static void calledProcessCompleted(ElementInstance childRoot, ProcessingContext context) {
        ProcessInstance child = childRoot.processInstance();
        if (child.parentElementInstanceKey() <= 0) return;
        ElementInstance callActivity = context.state().elementInstances().get(child.parentElementInstanceKey());
        if (callActivity == null || callActivity.state() != ElementState.ACTIVATED
                || callActivity.calledProcessInstanceKey() != child.key()) {
            return;
        }
        CalledElementDefinition called = callActivity.element().attribute(CalledElementDefinition.KEY);
        Map<String, Object> variables = childRoot.localVariables();
        if (!callActivity.element().outputMappings().isEmpty()) context.variables().mergeLocal(callActivity, variables);
        else if (called.propagateAllChildVariables()) context.variables().merge(callActivity, variables);
        context.bpmn().complete(callActivity);
    }

    private static ProcessDefinition resolve(String processId, CalledElementDefinition called, ElementInstance instance,
                                             ProcessingContext context) {
        var deployments = context.state().deployments();
        return switch (called.binding()) {
            case LATEST -> deployments.latestProcess(processId);
            case DEPLOYMENT -> latestMatching(deployments.versions(processId),
                    d -> d.deploymentKey() == instance.processInstance().definition().deploymentKey());
            case VERSION_TAG -> latestMatching(deployments.versions(processId), d -> called.versionTag().equals(d.versionTag()));
        };
    }

    private static ProcessDefinition latestMatching(List<ProcessDefinition> versions, java.util.function.Predicate<ProcessDefinition> test) {
        for (int i = versions.size() - 1; i >= 0; i--) if (test.test(versions.get(i))) return versions.get(i);
        return null;
    }

    private static String notFound(String processId, CalledElementDefinition called) {
        return switch (called.binding()) {
            case LATEST -> "Expected process with BPMN process id '" + processId + "' to be deployed, but not found.";
            case DEPLOYMENT -> "Expected process with BPMN process id '" + processId
                    + "' to be deployed in the same deployment as the calling process, but not found.";
            case VERSION_TAG -> "Expected process with BPMN process id '" + processId + "' and version tag '"
                    + called.versionTag() + "' to be deployed, but not found.";
        };
    }
}
