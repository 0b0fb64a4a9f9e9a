package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.ScriptDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * Script task: with {@code zeebe:script} the FEEL expression is evaluated on activation and its
 * result stored in the result variable (a failure is an incident); otherwise it is a job, like a
 * service task.
 */
final class ScriptTaskProcessor implements ElementProcessor {
    private final ServiceTaskProcessor job = new ServiceTaskProcessor();

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        ScriptDefinition script = instance.element().attribute(ScriptDefinition.KEY);
        if (script == null) return job.onActivate(instance, context);
        EvalResult<Object> result = context.expressions().evaluate(script.expression(), instance);
        if (result.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, result.message());
        ResultVariables.store(instance, script.resultVariable(), result.get(), context);
        return Outcome.COMPLETE;
    }

    @Override
    public void onTerminate(ElementInstance instance, ProcessingContext context) {
        job.onTerminate(instance, context);
    }
}
