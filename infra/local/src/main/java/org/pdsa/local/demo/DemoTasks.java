package org.pdsa.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pdsa.local.demo.DemoProgramme.DemoProvider;

/**
 * A lead's work on the task list through the API: find the task the story needs in {@code GET /tasks}, open its
 * form, claim it and complete it with the form's values.
 */
final class DemoTasks {

    /** Tasks become visible to searches in the same batch that creates them; this only covers a slow machine. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(5);

    /** A task of the list. */
    record Task(String key, String elementId, String cycleId) {
    }

    private final GatewayClient api;
    private final EngineWatch engine;
    private final String programmeId;

    DemoTasks(GatewayClient api, EngineWatch engine, String programmeId) {
        this.api = api;
        this.engine = engine;
        this.programmeId = programmeId;
    }

    /** The provider lead's open task {@code elementId} of cycle {@code cycleId}; stuck when there is none. */
    Task await(DemoProvider provider, String elementId, String cycleId, long root) {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        List<Task> seen;
        while (true) {
            seen = list(provider, cycleId);
            for (Task t : seen) {
                if (t.elementId().equals(elementId)) {
                    return t;
                }
            }
            if (System.nanoTime() > deadline) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted while waiting for a task");
            }
        }
        throw new DemoFailure("cycle " + cycleId + " is stuck: " + provider.lead().subject() + " has no " + elementId
                + " task (their tasks for it: " + seen.stream().map(Task::elementId).toList() + "; the run waits at "
                + engine.activeElements(root) + ")");
    }

    /** The task's form values ({@code variables} of {@code GET /tasks/{key}/form}). */
    JsonNode form(DemoProvider provider, Task task) {
        return api.as(provider.lead()).get("/tasks/" + task.key() + "/form").path("variables");
    }

    /** Claims the task for the lead and completes it with {@code values}. */
    void complete(DemoProvider provider, Task task, Map<String, Object> values) {
        GatewayClient.Caller lead = api.as(provider.lead());
        lead.post("/tasks/" + task.key() + "/assignment", Map.of());
        lead.post("/tasks/" + task.key() + "/completion", Map.of("variables", values));
    }

    private List<Task> list(DemoProvider provider, String cycleId) {
        JsonNode tasks = api.as(provider.lead()).get("/tasks?programme=" + programmeId + "&cycle=" + cycleId).path("tasks");
        List<Task> found = new ArrayList<>();
        tasks.forEach(t -> found.add(new Task(t.path("key").asText(), t.path("elementId").asText(), t.path("cycleId").asText())));
        return found;
    }
}
