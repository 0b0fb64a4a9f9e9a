package org.pdsa.local.engine.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A process instance: the root element instance while it runs, and afterwards the compact record
 * kept in history (final variables, the trail of finished element instances, end state).
 */
public final class ProcessInstance {
    /** State as the REST API reports it. */
    public enum State { ACTIVE, COMPLETED, TERMINATED }

    private final long key;
    private final ProcessDefinition definition;
    private final long startTime;
    private final long parentProcessInstanceKey;
    private final long parentElementInstanceKey;
    private ElementInstance root;
    private State state = State.ACTIVE;
    private long endTime = -1;
    private int activeIncidents;
    private Map<String, Object> finalVariables;
    private final List<ElementRecord> trail = new ArrayList<>(4);

    public ProcessInstance(long key, ProcessDefinition definition, long startTime, long parentProcessInstanceKey,
                           long parentElementInstanceKey) {
        this.key = key;
        this.definition = definition;
        this.startTime = startTime;
        this.parentProcessInstanceKey = parentProcessInstanceKey;
        this.parentElementInstanceKey = parentElementInstanceKey;
    }

    public long key() {
        return key;
    }

    public ProcessDefinition definition() {
        return definition;
    }

    public long startTime() {
        return startTime;
    }

    public long endTime() {
        return endTime;
    }

    public State state() {
        return state;
    }

    public long parentProcessInstanceKey() {
        return parentProcessInstanceKey;
    }

    public long parentElementInstanceKey() {
        return parentElementInstanceKey;
    }

    /** The element instance of the process itself (its variables are the root scope); null once finished. */
    public ElementInstance root() {
        return root;
    }

    public void setRoot(ElementInstance root) {
        this.root = root;
    }

    public boolean hasIncident() {
        return activeIncidents > 0;
    }

    public int activeIncidents() {
        return activeIncidents;
    }

    public void incidentRaised() {
        activeIncidents++;
    }

    public void incidentResolved() {
        activeIncidents--;
    }

    /** Root-scope variables: live while running, the final values once finished. */
    public Map<String, Object> variables() {
        if (root != null) return root.localVariables();
        return finalVariables == null ? Map.of() : finalVariables;
    }

    /** Finished element instances of this process instance, oldest first. */
    public List<ElementRecord> trail() {
        return trail;
    }

    public void addToTrail(ElementRecord record) {
        trail.add(record);
    }

    public void finish(State endState, long time) {
        this.state = endState;
        this.endTime = time;
        Map<String, Object> vars = root == null ? Map.of() : root.localVariables();
        this.finalVariables = vars.isEmpty() ? null : vars;
        this.root = null;
    }

    /** Snapshot load of a finished instance. */
    public void restoreFinished(State endState, long time, Map<String, Object> variables, int incidents) {
        this.state = endState;
        this.endTime = time;
        this.finalVariables = variables.isEmpty() ? null : variables;
        this.activeIncidents = incidents;
    }

    public void restoreIncidentCount(int incidents) {
        this.activeIncidents = incidents;
    }
}
