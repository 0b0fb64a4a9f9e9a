package org.pdsa.local.engine.processing.bpmn;

import java.util.function.Consumer;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.ProcessInstance;

/** Raises incidents (expected failures) and resolves them, re-running what failed. */
public final class IncidentBehavior {
    private final ProcessingContext context;

    public IncidentBehavior(ProcessingContext context) {
        this.context = context;
    }

    public Incident raise(ElementInstance instance, Incident.Type type, Incident.Retry retry, String message, long jobKey) {
        Incident incident = new Incident(context.nextKey(), type, retry, instance, jobKey, message, context.now());
        context.state().incidents().put(incident.key(), incident);
        instance.setIncidentKey(incident.key());
        forInstanceAndCallers(instance.processInstance(), ProcessInstance::incidentRaised);
        return incident;
    }

    /** Marks the incident resolved and continues where it stopped. */
    public void resolve(Incident incident) {
        remove(incident);
        ElementInstance instance = incident.elementInstance();
        switch (incident.retry()) {
            case ACTIVATE -> context.bpmn().retryActivation(instance);
            case COMPLETE -> context.bpmn().complete(instance);
            case JOB -> context.jobs().retryAfterIncident(context.state().jobs().get(incident.jobKey()));
        }
    }

    /** An element instance ended (completed or terminated): its incident goes with it. */
    public void elementEnded(ElementInstance instance) {
        if (instance.incidentKey() == 0) return;
        Incident incident = context.state().incidents().get(instance.incidentKey());
        if (incident != null) remove(incident);
    }

    /**
     * The instance and every instance that called it, up to the root: as in Operate, a caller shows
     * {@code hasIncident} while an incident is open anywhere below it (the incident itself stays the child's).
     */
    private void forInstanceAndCallers(ProcessInstance instance, Consumer<ProcessInstance> action) {
        for (ProcessInstance current = instance; current != null; ) {
            action.accept(current);
            long parent = current.parentProcessInstanceKey();
            current = parent > 0 ? context.state().processInstances().get(parent) : null;
        }
    }

    private void remove(Incident incident) {
        context.state().incidents().remove(incident.key());
        incident.setState(Incident.State.RESOLVED);
        incident.elementInstance().setIncidentKey(0);
        forInstanceAndCallers(incident.processInstance(), ProcessInstance::incidentResolved);
        context.state().resolvedIncidents().add(org.pdsa.local.engine.state.IncidentRecord.of(incident));
    }
}
