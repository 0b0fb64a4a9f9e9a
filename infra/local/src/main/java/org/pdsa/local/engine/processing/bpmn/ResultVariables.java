package org.pdsa.local.engine.processing.bpmn;

import java.util.Collections;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/**
 * Stores the result of an element the engine evaluates itself (script, decision) as a job result
 * is stored: local to the element when it has output mappings (they decide what leaves), else
 * propagated upwards from the element.
 */
final class ResultVariables {
    private ResultVariables() {}

    static void store(ElementInstance instance, String name, Object value, ProcessingContext context) {
        if (instance.element().outputMappings().isEmpty()) {
            context.variables().merge(instance, Collections.singletonMap(name, value));
        } else {
            instance.setLocal(name, value);
        }
    }
}
