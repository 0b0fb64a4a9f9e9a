package org.pdsa.api;

import java.time.OffsetDateTime;
import java.util.List;

/** A user task as the API shows it: the engine's fields (keys as strings) and where it belongs. */
public record TaskView(
        String key,
        String name,
        String elementId,
        String state,
        String assignee,
        List<String> candidateGroups,
        List<String> candidateUsers,
        String processInstanceKey,
        String bpmnProcessId,
        OffsetDateTime creationDate,
        OffsetDateTime dueDate,
        OffsetDateTime followUpDate,
        Integer priority,
        String programmeId,
        String providerId,
        String providerName,
        String cycleId,
        Integer cycleNumber) {

    public static TaskView of(TaskContext t) {
        var i = t.info();
        return new TaskView(t.key(), i.name(), i.elementId(), i.state(), i.assignee(), i.candidateGroups(),
                i.candidateUsers(), Long.toString(i.processInstanceKey()), i.bpmnProcessId(), i.creationDate(),
                i.dueDate(), i.followUpDate(), i.priority(), t.programmeId(), t.providerId(), t.providerName(),
                t.cycleId(), t.cycleNumber());
    }
}
