package org.pdsa.local.engine.state;

import java.util.Map;

/** A job for a worker (service task and other job-based elements). Mutable, owned by the stream processor. */
public final class Job {
    /** Job states as Zeebe's intents name them (completed and cancelled jobs are removed from state). */
    public enum State { ACTIVATABLE, ACTIVATED, FAILED_BACKOFF, FAILED, ERROR_THROWN }

    private final long key;
    private final String type;
    private final ElementInstance elementInstance;
    private final Map<String, String> customHeaders;
    private final long creationTime;
    private State state = State.ACTIVATABLE;
    private int retries;
    private String worker = "";
    private long deadline = -1;
    private long recurAt = -1;
    private String errorMessage = "";
    private String errorCode = "";
    private long incidentKey;
    /** In-memory only: System.nanoTime() when the job last became activatable, for the latency recorder. */
    private transient long activatableSinceNanos;
    /** In-memory only: whether the job sits in its type's activatable queue. */
    private transient boolean queued;

    public Job(long key, String type, int retries, ElementInstance elementInstance, Map<String, String> customHeaders,
               long creationTime) {
        this.key = key;
        this.type = type;
        this.retries = retries;
        this.elementInstance = elementInstance;
        this.customHeaders = customHeaders;
        this.creationTime = creationTime;
    }

    public long key() { return key; }
    public String type() { return type; }
    public ElementInstance elementInstance() { return elementInstance; }
    public ProcessInstance processInstance() { return elementInstance.processInstance(); }
    public Map<String, String> customHeaders() { return customHeaders; }
    public long creationTime() { return creationTime; }
    public State state() { return state; }
    public int retries() { return retries; }
    public String worker() { return worker; }
    public long deadline() { return deadline; }
    public long recurAt() { return recurAt; }
    public String errorMessage() { return errorMessage; }
    public String errorCode() { return errorCode; }
    public long incidentKey() { return incidentKey; }
    public long activatableSinceNanos() { return activatableSinceNanos; }
    boolean queued() { return queued; }

    void setQueued(boolean queued) { this.queued = queued; }
    void setActivatableSinceNanos(long nanos) { this.activatableSinceNanos = nanos; }

    public void setState(State state) { this.state = state; }
    public void setRetries(int retries) { this.retries = retries; }
    public void setWorker(String worker) { this.worker = worker == null ? "" : worker; }
    public void setDeadline(long deadline) { this.deadline = deadline; }
    public void setRecurAt(long recurAt) { this.recurAt = recurAt; }
    public void setErrorMessage(String errorMessage) { this.errorMessage = errorMessage == null ? "" : errorMessage; }
    public void setErrorCode(String errorCode) { this.errorCode = errorCode == null ? "" : errorCode; }
    public void setIncidentKey(long incidentKey) { this.incidentKey = incidentKey; }
}
