package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;

/**
 * Intermediate timer/message catch event and receive task: subscribe and wait until the timer
 * fires or a message is correlated (then EventTrigger completes the element). After an
 * event-based gateway the event already happened: it completes at once.
 */
final class CatchEventProcessor implements ElementProcessor {
    /** familyData of a catch event that an event-based gateway activated for the event that occurred. */
    static final String TRIGGERED = "triggered";

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        if (TRIGGERED.equals(instance.familyData())) {
            instance.setFamilyData(null);
            return Outcome.COMPLETE;
        }
        EvalResult<Void> subscribed = context.events().subscribe(instance, instance.element());
        if (subscribed.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, subscribed.message());
        return Outcome.WAIT;
    }
}
