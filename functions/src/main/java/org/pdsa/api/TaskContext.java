package org.pdsa.api;

import org.pdsa.camunda.UserTaskInfo;

/**
 * A user task with the process variables that place it (workflows/README.md): programme, provider, cycle.
 * Any of them is null when the task's process does not set it.
 */
public record TaskContext(UserTaskInfo info, String programmeId, String providerId, String providerName,
                          String cycleId, Integer cycleNumber) {

    /** The process variables read to place a task. */
    public static final java.util.List<String> VARIABLES =
            java.util.List.of("programmeId", "providerId", "providerName", "cycleId", "cycleNumber");

    /** The task key as the API writes it: a string of digits, as Camunda does (too big for JavaScript numbers). */
    public String key() {
        return Long.toString(info.key());
    }
}
