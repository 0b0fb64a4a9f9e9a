package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pdsa.local.engine.feel.Expression;

/** Reads {@code zeebe:taskDefinition} (type, retries) and {@code zeebe:taskHeaders} of job-based elements. */
public final class JobWorkerTransformer implements ElementTransformer {

    @Override
    public void transform(FlowNode source, ExecutableElement target, TransformContext context) {
        ZeebeTaskDefinition definition = source.getSingleExtensionElement(ZeebeTaskDefinition.class);
        if (definition == null) {
            context.problem(target.id(), "a " + target.type() + " needs zeebe:taskDefinition with a job type");
            return;
        }
        Expression type = context.requiredExpression(target.id(), "zeebe:taskDefinition type", definition.getType());
        String retriesText = definition.getRetries() == null ? ZeebeTaskDefinition.DEFAULT_RETRIES : definition.getRetries();
        Expression retries = context.expression(target.id(), "zeebe:taskDefinition retries", retriesText);
        Map<String, String> headers = new LinkedHashMap<>();
        ZeebeTaskHeaders taskHeaders = source.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (taskHeaders != null) {
            for (ZeebeHeader header : taskHeaders.getHeaders()) headers.put(header.getKey(), header.getValue());
        }
        if (type != null && retries != null) {
            target.setAttribute(JobDefinition.KEY, new JobDefinition(type, retries, Map.copyOf(headers)));
        }
    }
}
