package org.pdsa.camunda;

import java.util.List;
import java.util.Map;

/**
 * Criteria for a user task search; null criteria are left out. {@code candidateGroups} matches a task with
 * any of the groups; {@code processVariables} match by equality on root-scope variables (values as Java
 * values, compared as JSON).
 */
public record TaskQuery(
        String state,
        String assignee,
        List<String> candidateGroups,
        String candidateUser,
        Map<String, Object> processVariables,
        int limit) {

    public static final int DEFAULT_LIMIT = 100;

    public TaskQuery {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
        processVariables = processVariables == null ? Map.of() : Map.copyOf(processVariables);
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    /** Open tasks, nothing else narrowed yet. */
    public static TaskQuery open() {
        return new TaskQuery(UserTaskInfo.CREATED, null, List.of(), null, Map.of(), DEFAULT_LIMIT);
    }

    public TaskQuery assignedTo(String value) {
        return new TaskQuery(state, value, candidateGroups, candidateUser, processVariables, limit);
    }

    public TaskQuery forAnyGroupOf(List<String> groups) {
        return new TaskQuery(state, assignee, groups, candidateUser, processVariables, limit);
    }

    public TaskQuery forCandidateUser(String user) {
        return new TaskQuery(state, assignee, candidateGroups, user, processVariables, limit);
    }

    public TaskQuery withVariables(Map<String, Object> variables) {
        return new TaskQuery(state, assignee, candidateGroups, candidateUser, variables, limit);
    }
}
