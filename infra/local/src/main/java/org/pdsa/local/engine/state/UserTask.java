package org.pdsa.local.engine.state;

import java.util.List;

/** A Camunda user task (zeebe:userTask) waiting for a person. Mutable, owned by the stream processor. */
public final class UserTask {
    /** States as the REST API names them. */
    public enum State { CREATED, COMPLETED, CANCELED }

    private final long key;
    private final ElementInstance elementInstance;
    private final long creationTime;
    private State state = State.CREATED;
    private String assignee;
    private List<String> candidateGroups;
    private List<String> candidateUsers;
    private String dueDate;
    private String followUpDate;
    private long formKey;
    private int priority;

    public UserTask(long key, ElementInstance elementInstance, long creationTime) {
        this.key = key;
        this.elementInstance = elementInstance;
        this.creationTime = creationTime;
    }

    public long key() { return key; }
    public ElementInstance elementInstance() { return elementInstance; }
    public ProcessInstance processInstance() { return elementInstance.processInstance(); }
    public String elementId() { return elementInstance.element().id(); }
    public long creationTime() { return creationTime; }
    public State state() { return state; }
    public String assignee() { return assignee; }
    public List<String> candidateGroups() { return candidateGroups == null ? List.of() : candidateGroups; }
    public List<String> candidateUsers() { return candidateUsers == null ? List.of() : candidateUsers; }
    public String dueDate() { return dueDate; }
    public String followUpDate() { return followUpDate; }
    public long formKey() { return formKey; }
    public int priority() { return priority; }

    public void setState(State state) { this.state = state; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public void setCandidateGroups(List<String> groups) { this.candidateGroups = groups == null || groups.isEmpty() ? null : List.copyOf(groups); }
    public void setCandidateUsers(List<String> users) { this.candidateUsers = users == null || users.isEmpty() ? null : List.copyOf(users); }
    public void setDueDate(String dueDate) { this.dueDate = dueDate; }
    public void setFollowUpDate(String followUpDate) { this.followUpDate = followUpDate; }
    public void setFormKey(long formKey) { this.formKey = formKey; }
    public void setPriority(int priority) { this.priority = priority; }
}
