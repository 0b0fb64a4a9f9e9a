package org.pdsa.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.camunda.TaskQuery;
import org.pdsa.camunda.UserTaskInfo;
import org.pdsa.domain.Programme;
import org.pdsa.store.Store;

/**
 * {@code GET /tasks}: open tasks assigned to the caller, offered to them, or offered to one of their groups.
 * Staff see only their provider's tasks; managers only tasks of programmes they manage, and with
 * {@code programme=ID} every open task of that programme. {@code cycle=ID} narrows to one cycle.
 */
final class TaskList {

    private final Store store;
    private final ProcessEngine engine;
    private final TaskContexts contexts;

    TaskList(Store store, ProcessEngine engine) {
        this.store = store;
        this.engine = engine;
        this.contexts = new TaskContexts(engine);
    }

    List<TaskView> of(Caller caller, String programmeId, String cycleId) {
        Access.require(Access.role(caller, Role.STAFF, Role.MANAGER));
        Map<String, Object> narrow = new HashMap<>();
        if (programmeId != null) {
            narrow.put("programmeId", programmeId);
        }
        if (cycleId != null) {
            narrow.put("cycleId", cycleId);
        }
        if (caller.is(Role.STAFF)) {
            narrow.put("providerId", caller.providerId());
            // the engine filters already; checking again here keeps another provider's task out even if it did not
            return contexts.all(mine(caller, TaskQuery.open().withVariables(narrow))).stream()
                    .filter(t -> Access.task(caller, t, null).isEmpty() && matches(t, programmeId, cycleId))
                    .map(TaskView::of).toList();
        }
        if (programmeId != null) {
            Programme programme = store.programmes().find(programmeId)
                    .orElseThrow(() -> ApiProblem.notFound("no programme " + programmeId));
            Access.require(Access.manager(caller, programme));
            return contexts.all(engine.searchTasks(TaskQuery.open().withVariables(narrow))).stream()
                    .filter(t -> matches(t, programmeId, cycleId))
                    .map(TaskView::of).toList();
        }
        Set<String> managed = Set.copyOf(store.programmes().programmesManagedBy(caller.subject()));
        return contexts.all(mine(caller, TaskQuery.open().withVariables(narrow))).stream()
                .filter(t -> t.programmeId() != null && managed.contains(t.programmeId()) && matches(t, null, cycleId))
                .map(TaskView::of).toList();
    }

    private static boolean matches(TaskContext t, String programmeId, String cycleId) {
        return (programmeId == null || programmeId.equals(t.programmeId())) && (cycleId == null || cycleId.equals(t.cycleId()));
    }

    /** Assigned to me, offered to me, or offered to one of my groups: three searches, merged. */
    private List<UserTaskInfo> mine(Caller caller, TaskQuery base) {
        List<TaskQuery> queries = new ArrayList<>();
        queries.add(base.assignedTo(caller.subject()));
        queries.add(base.forCandidateUser(caller.subject()));
        if (!caller.groups().isEmpty()) {
            queries.add(base.forAnyGroupOf(caller.groups()));
        }
        Map<Long, UserTaskInfo> found = new LinkedHashMap<>();
        for (TaskQuery q : queries) {
            engine.searchTasks(q).forEach(t -> found.putIfAbsent(t.key(), t));
        }
        return List.copyOf(found.values());
    }
}
