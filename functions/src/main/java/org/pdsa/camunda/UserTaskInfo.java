package org.pdsa.camunda;

import java.time.OffsetDateTime;
import java.util.List;

/** A user task as the engine reports it. Keys are Camunda's 64-bit keys. */
public record UserTaskInfo(
        long key,
        String name,
        String elementId,
        String state,
        String assignee,
        List<String> candidateGroups,
        List<String> candidateUsers,
        long processInstanceKey,
        Long elementInstanceKey,
        String bpmnProcessId,
        Long formKey,
        OffsetDateTime creationDate,
        OffsetDateTime dueDate,
        OffsetDateTime followUpDate,
        Integer priority) {

    public static final String CREATED = "CREATED";

    public UserTaskInfo {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
        candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
    }

    /** True while the task waits for someone to complete it. */
    public boolean isOpen() {
        return CREATED.equals(state);
    }
}
