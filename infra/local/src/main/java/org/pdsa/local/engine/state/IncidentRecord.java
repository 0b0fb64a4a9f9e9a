package org.pdsa.local.engine.state;

/**
 * An incident as searches see it; resolved incidents are kept in this form (they no longer hold
 * their element instance) in {@link EngineState#resolvedIncidents()}.
 */
public record IncidentRecord(long key, Incident.Type type, String errorMessage, String elementId, long elementInstanceKey,
                             long processInstanceKey, ProcessDefinition definition, long jobKey, long creationTime,
                             Incident.State state) {

    public static IncidentRecord of(Incident incident) {
        ElementInstance element = incident.elementInstance();
        return new IncidentRecord(incident.key(), incident.type(), incident.errorMessage(), element.element().id(), element.key(),
                element.processInstance().key(), element.processInstance().definition(), incident.jobKey(), incident.creationTime(),
                incident.state());
    }
}
