package org.pdsa.local.engine.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Camunda user task (zeebe:userTask) waiting for a person, and afterwards (completed or
 * cancelled) the record kept in {@link EngineState#finishedUserTasks()}: once finished it no longer
 * holds its element instance, only the facts searches need. Mutable, owned by the stream processor.
 */
public final class UserTask {
    /** States as the REST API names them. */
    public enum State { CREATED, COMPLETED, CANCELED }

    private final long key;
    private final long elementInstanceKey;
    private final long processInstanceKey;
    private final String elementId;
    private final String name;
    private final ProcessDefinition definition;
    private final long creationTime;
    private ElementInstance elementInstance;
    private State state = State.CREATED;
    private String assignee;
    private List<String> candidateGroups;
    private List<String> candidateUsers;
    private String dueDate;
    private String followUpDate;
    private long formKey;
    private String externalFormReference;
    private Map<String, String> customHeaders = Map.of();
    private int priority;
    private long completionTime = -1;
    private Map<String, Object> finalLocalVariables;

    public UserTask(long key, ElementInstance elementInstance, long creationTime) {
        this(key, elementInstance.key(), elementInstance.processInstance().key(), elementInstance.element().id(),
                elementInstance.element().name(), elementInstance.processInstance().definition(), creationTime);
        this.elementInstance = elementInstance;
    }

    /** A finished task read back from a snapshot. */
    public UserTask(long key, long elementInstanceKey, long processInstanceKey, String elementId, String name,
                    ProcessDefinition definition, long creationTime) {
        this.key = key;
        this.elementInstanceKey = elementInstanceKey;
        this.processInstanceKey = processInstanceKey;
        this.elementId = elementId;
        this.name = name;
        this.definition = definition;
        this.creationTime = creationTime;
    }

    public long key() { return key; }
    /** The waiting element instance; null once the task finished. */
    public ElementInstance elementInstance() { return elementInstance; }
    public long elementInstanceKey() { return elementInstanceKey; }
    public long processInstanceKey() { return processInstanceKey; }
    public ProcessDefinition definition() { return definition; }
    public String elementId() { return elementId; }
    /** The user task element's name (null when it has none). */
    public String name() { return name; }
    public long creationTime() { return creationTime; }
    public State state() { return state; }
    public String assignee() { return assignee; }
    public List<String> candidateGroups() { return candidateGroups == null ? List.of() : candidateGroups; }
    public List<String> candidateUsers() { return candidateUsers == null ? List.of() : candidateUsers; }
    public String dueDate() { return dueDate; }
    public String followUpDate() { return followUpDate; }
    /** Key of the linked Camunda Form, 0 when none. */
    public long formKey() { return formKey; }
    public String externalFormReference() { return externalFormReference; }
    public Map<String, String> customHeaders() { return customHeaders; }
    public int priority() { return priority; }
    /** When the task was completed or cancelled (epoch millis), -1 while open. */
    public long completionTime() { return completionTime; }

    /** The task element's local variables: live while open, as they were when it finished afterwards. */
    public Map<String, Object> localVariables() {
        if (elementInstance != null) return elementInstance.localVariables();
        return finalLocalVariables == null ? Map.of() : finalLocalVariables;
    }

    public void setState(State state) { this.state = state; }
    public void setAssignee(String assignee) { this.assignee = assignee == null || assignee.isEmpty() ? null : assignee; }
    public void setCandidateGroups(List<String> groups) { this.candidateGroups = groups == null || groups.isEmpty() ? null : List.copyOf(groups); }
    public void setCandidateUsers(List<String> users) { this.candidateUsers = users == null || users.isEmpty() ? null : List.copyOf(users); }
    public void setDueDate(String dueDate) { this.dueDate = dueDate == null || dueDate.isEmpty() ? null : dueDate; }
    public void setFollowUpDate(String followUpDate) { this.followUpDate = followUpDate == null || followUpDate.isEmpty() ? null : followUpDate; }
    public void setFormKey(long formKey) { this.formKey = formKey; }
    public void setExternalFormReference(String reference) { this.externalFormReference = reference; }
    public void setCustomHeaders(Map<String, String> headers) { this.customHeaders = headers == null ? Map.of() : Map.copyOf(headers); }
    public void setPriority(int priority) { this.priority = priority; }

    /** Ends the task: it lets go of its element instance and keeps a copy of the element's local variables. */
    public void finish(State endState, long time) {
        this.state = endState;
        this.completionTime = time;
        if (elementInstance != null) {
            Map<String, Object> locals = elementInstance.localVariables();
            finalLocalVariables = locals.isEmpty() ? null : new LinkedHashMap<>(locals);
            elementInstance = null;
        }
    }

    /** Snapshot load of a finished task. */
    public void restoreFinished(State endState, long time, Map<String, Object> locals) {
        this.state = endState;
        this.completionTime = time;
        this.finalLocalVariables = locals == null || locals.isEmpty() ? null : locals;
    }
}
