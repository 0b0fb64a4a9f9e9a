package org.pdsa.local.engine.state;

/**
 * A problem that stops an element instance until someone resolves it. {@code retry} says what
 * resolution re-runs; {@code jobKey} is 0 when no job is involved.
 */
public final class Incident {
    /** Error types as the REST API names them. */
    public enum Type {
        JOB_NO_RETRIES, UNHANDLED_ERROR_EVENT, EXTRACT_VALUE_ERROR, IO_MAPPING_ERROR, CONDITION_ERROR,
        CALLED_ELEMENT_ERROR, CALLED_DECISION_ERROR, DECISION_EVALUATION_ERROR, FORM_NOT_FOUND, RESOURCE_NOT_FOUND,
        MESSAGE_SIZE_EXCEEDED, UNKNOWN
    }

    /** What resolving the incident does. */
    public enum Retry { ACTIVATE, COMPLETE, JOB }

    /** ACTIVE until resolved (or its element instance ended). */
    public enum State { ACTIVE, RESOLVED }

    private final long key;
    private final Type type;
    private final Retry retry;
    private final ElementInstance elementInstance;
    private final long jobKey;
    private final String errorMessage;
    private final long creationTime;
    private State state = State.ACTIVE;

    public Incident(long key, Type type, Retry retry, ElementInstance elementInstance, long jobKey, String errorMessage,
                    long creationTime) {
        this.key = key;
        this.type = type;
        this.retry = retry;
        this.elementInstance = elementInstance;
        this.jobKey = jobKey;
        this.errorMessage = errorMessage;
        this.creationTime = creationTime;
    }

    public long key() { return key; }
    public Type type() { return type; }
    public Retry retry() { return retry; }
    public ElementInstance elementInstance() { return elementInstance; }
    public ProcessInstance processInstance() { return elementInstance.processInstance(); }
    public long jobKey() { return jobKey; }
    public String errorMessage() { return errorMessage; }
    public long creationTime() { return creationTime; }
    public State state() { return state; }
    public void setState(State state) { this.state = state; }
}
