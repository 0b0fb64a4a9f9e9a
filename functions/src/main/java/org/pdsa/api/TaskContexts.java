package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.camunda.UserTaskInfo;

/** Places user tasks in their programme, provider and cycle, from the process variables of the contract. */
final class TaskContexts {

    private final ProcessEngine engine;

    TaskContexts(ProcessEngine engine) {
        this.engine = engine;
    }

    /** One task by its key (the path parameter); 404 when the engine has no such task. */
    TaskContext one(String rawKey, Map<String, JsonNode> variables) {
        return of(find(rawKey), variables);
    }

    UserTaskInfo find(String rawKey) {
        long key = key(rawKey);
        return engine.task(key).orElseThrow(() -> ApiProblem.notFound("no task " + rawKey));
    }

    /** Many tasks at once: one variable search for all of them, oldest task first. */
    List<TaskContext> all(List<UserTaskInfo> tasks) {
        Map<Long, Map<String, JsonNode>> byInstance = engine.processVariables(
                tasks.stream().map(UserTaskInfo::processInstanceKey).distinct().toList(), TaskContext.VARIABLES);
        return tasks.stream()
                .map(t -> of(t, byInstance.getOrDefault(t.processInstanceKey(), Map.of())))
                .sorted(Comparator.comparing((TaskContext t) -> t.info().creationDate(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(t -> t.info().key()))
                .toList();
    }

    static TaskContext of(UserTaskInfo task, Map<String, JsonNode> variables) {
        JsonNode number = variables.get("cycleNumber");
        return new TaskContext(task, text(variables.get("programmeId")), text(variables.get("providerId")),
                text(variables.get("providerName")), text(variables.get("cycleId")),
                number != null && number.canConvertToInt() ? number.intValue() : null);
    }

    static long key(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("no task " + raw + " (task keys are numbers)");
        }
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }
}
