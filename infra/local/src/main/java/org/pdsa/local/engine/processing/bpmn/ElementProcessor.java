package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/**
 * The lifecycle of one BPMN element type, driven by {@link BpmnBehavior}: activate (after input
 * mappings), complete (after output mappings), terminate, and for containers "all children
 * ended". One implementation per {@code ElementType}, registered in {@link ElementProcessors}.
 * Expected failures are returned as {@link Outcome#fail}; the behaviour turns them into incidents.
 */
public interface ElementProcessor {

    /** The element instance was created and its input mappings applied. */
    Outcome onActivate(ElementInstance instance, ProcessingContext context);

    /** The element instance is completing (output mappings already applied): which flows to take. */
    default Outcome onComplete(ElementInstance instance, ProcessingContext context) {
        return Outcome.TAKE_ALL_OUTGOING;
    }

    /** The element instance is being terminated: release what it holds (job, user task, subscriptions). */
    default void onTerminate(ElementInstance instance, ProcessingContext context) {}

    /**
     * Containers only: {@code child} is completing (its output mappings are applied, it has not
     * ended yet). A failure becomes an incident on the child, and resolving it retries the child's
     * completion. The default accepts.
     */
    default Outcome onChildCompleting(ElementInstance container, ElementInstance child, ProcessingContext context) {
        return Outcome.COMPLETE;
    }

    /** Containers only: the last running child ended. The default completes the container. */
    default void onChildrenEnded(ElementInstance instance, ProcessingContext context) {
        context.bpmn().complete(instance);
    }
}
