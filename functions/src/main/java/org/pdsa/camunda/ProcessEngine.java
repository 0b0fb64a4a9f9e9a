package org.pdsa.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the API needs of a Camunda 8 cluster: start processes, publish messages, find and work user tasks,
 * and the engine's clock. Implemented with camunda-client-java ({@link CamundaProcessEngine}); handlers take
 * this port so they can be tested with a fake. Failures are {@link EngineException}s.
 */
public interface ProcessEngine {

    /** Starts the latest deployed version of {@code processId}; returns the process instance key. */
    long startProcess(String processId, Map<String, Object> variables);

    /** Publishes a message; a {@code timeToLive} of zero delivers it only to subscriptions open now. */
    void publishMessage(String name, String correlationKey, Duration timeToLive, Map<String, Object> variables);

    /** User tasks matching every given criterion of {@code query}. */
    List<UserTaskInfo> searchTasks(TaskQuery query);

    Optional<UserTaskInfo> task(long userTaskKey);

    /** The Camunda Form linked to the task, if it has one. */
    Optional<TaskForm> form(long userTaskKey);

    /** The variables the task sees (its own scope and every parent scope; the innermost wins), as JSON. */
    Map<String, JsonNode> taskVariables(long userTaskKey);

    /**
     * The variables named {@code names} in the root scope of each process instance, by instance key.
     * One request for many instances (task lists).
     */
    Map<Long, Map<String, JsonNode>> processVariables(Collection<Long> processInstanceKeys, Collection<String> names);

    /** Assigns the task unless someone else holds it (then {@link EngineException.Kind#CONFLICT}). */
    void assignTask(long userTaskKey, String assignee);

    void completeTask(long userTaskKey, Map<String, Object> variables);

    /** The engine's current time: pinned in tests and the accelerated demo, the wall clock otherwise. */
    Instant now();
}
