package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;

/**
 * Reads one element family's BPMN/zeebe attributes into {@link Attribute}s of the executable
 * element, reporting problems through the context. Registered in {@link ElementTransformers}.
 */
public interface ElementTransformer {
    void transform(FlowNode source, ExecutableElement target, TransformContext context);
}
