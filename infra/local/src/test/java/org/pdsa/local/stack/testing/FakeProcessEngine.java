package org.pdsa.local.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.pdsa.camunda.EngineException;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.camunda.TaskForm;
import org.pdsa.camunda.TaskQuery;
import org.pdsa.camunda.UserTaskInfo;

/**
 * An in-memory stand-in for the engine, for tests of the API alone: it records started processes and
 * published messages, holds the user tasks a test puts there (with form and variables), and applies the
 * port's rules (search criteria, assignment conflicts, completion). It runs no BPMN.
 */
public final class FakeProcessEngine implements ProcessEngine {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A process start the API asked for. */
    public record Started(String processId, Map<String, Object> variables, long key) {
    }

    /** A completion the API sent. */
    public record Completed(long taskKey, Map<String, Object> variables) {
    }

    private final AtomicLong keys = new AtomicLong(2251799813685248L);
    private final Set<String> deployed = new java.util.HashSet<>(Set.of("pdsa-cycle", "improvement-programme"));
    private final List<Started> started = new ArrayList<>();
    private final List<Completed> completed = new ArrayList<>();
    private final Map<Long, UserTaskInfo> tasks = new LinkedHashMap<>();
    private final Map<Long, TaskForm> forms = new HashMap<>();
    private final Map<Long, Map<String, JsonNode>> instanceVariables = new HashMap<>();
    private volatile Instant now = Instant.parse("2024-03-04T09:00:00Z");
    private volatile boolean ignoreVariableFilters;
    private EngineException nextCompletionFailure;

    public synchronized List<Started> started() {
        return List.copyOf(started);
    }

    public synchronized List<Completed> completed() {
        return List.copyOf(completed);
    }

    /** Behave like an engine whose search ignores process-variable filters (the embedded one does, for now). */
    public void ignoreVariableFilters(boolean value) {
        ignoreVariableFilters = value;
    }

    public void pinClock(Instant value) {
        now = value;
    }

    public synchronized void undeploy(String processId) {
        deployed.remove(processId);
    }

    public synchronized void deploy(String processId) {
        deployed.add(processId);
    }

    /** Puts an open user task in a new process instance with {@code variables}; returns the task key. */
    public synchronized long addTask(String elementId, String name, List<String> candidateGroups, String formId,
                                     String formSchema, Map<String, Object> variables) {
        long instance = keys.incrementAndGet();
        long key = keys.incrementAndGet();
        Map<String, JsonNode> values = new HashMap<>();
        variables.forEach((k, v) -> values.put(k, JSON.valueToTree(v)));
        instanceVariables.put(instance, values);
        tasks.put(key, new UserTaskInfo(key, name, elementId, UserTaskInfo.CREATED, null, candidateGroups, List.of(),
                instance, key - 1000, "pdsa-cycle", formSchema == null ? null : key + 1, OffsetDateTime.ofInstant(now,
                ZoneOffset.UTC), null, null, 50));
        if (formSchema != null) {
            forms.put(key, new TaskForm(formId, 1, key + 1, formSchema));
        }
        return key;
    }

    /** Gives an open task a due date, as the engine does from the user task's due date expression. */
    public synchronized void dueBy(long userTaskKey, OffsetDateTime due) {
        UserTaskInfo t = open(userTaskKey);
        tasks.put(userTaskKey, new UserTaskInfo(t.key(), t.name(), t.elementId(), t.state(), t.assignee(),
                t.candidateGroups(), t.candidateUsers(), t.processInstanceKey(), t.elementInstanceKey(), t.bpmnProcessId(),
                t.formKey(), t.creationDate(), due, t.followUpDate(), t.priority()));
    }

    @Override
    public synchronized long startProcess(String processId, Map<String, Object> variables) {
        if (!deployed.contains(processId)) {
            throw new EngineException(EngineException.Kind.NOT_FOUND, "no process " + processId + " is deployed");
        }
        long key = keys.incrementAndGet();
        started.add(new Started(processId, Map.copyOf(variables), key));
        return key;
    }

    @Override
    public void publishMessage(String name, String correlationKey, Duration timeToLive, Map<String, Object> variables) {
    }

    @Override
    public synchronized List<UserTaskInfo> searchTasks(TaskQuery q) {
        return tasks.values().stream()
                .filter(t -> q.state() == null || q.state().equals(t.state()))
                .filter(t -> q.assignee() == null || q.assignee().equals(t.assignee()))
                .filter(t -> q.candidateGroups().isEmpty() || t.candidateGroups().stream().anyMatch(q.candidateGroups()::contains))
                .filter(t -> q.candidateUser() == null || t.candidateUsers().contains(q.candidateUser()))
                .filter(t -> ignoreVariableFilters || q.processVariables().entrySet().stream().allMatch(e -> JSON.valueToTree(e.getValue())
                        .equals(instanceVariables.getOrDefault(t.processInstanceKey(), Map.of()).get(e.getKey()))))
                .limit(q.limit())
                .toList();
    }

    @Override
    public synchronized Optional<UserTaskInfo> task(long userTaskKey) {
        return Optional.ofNullable(tasks.get(userTaskKey));
    }

    @Override
    public synchronized Optional<TaskForm> form(long userTaskKey) {
        return Optional.ofNullable(forms.get(userTaskKey));
    }

    @Override
    public synchronized Map<String, JsonNode> taskVariables(long userTaskKey) {
        UserTaskInfo t = tasks.get(userTaskKey);
        if (t == null) {
            throw new EngineException(EngineException.Kind.NOT_FOUND, "no user task " + userTaskKey);
        }
        return Map.copyOf(instanceVariables.getOrDefault(t.processInstanceKey(), Map.of()));
    }

    @Override
    public synchronized Map<Long, Map<String, JsonNode>> processVariables(Collection<Long> instanceKeys,
                                                                         Collection<String> names) {
        Map<Long, Map<String, JsonNode>> result = new HashMap<>();
        for (Long key : instanceKeys) {
            Map<String, JsonNode> values = new HashMap<>();
            instanceVariables.getOrDefault(key, Map.of()).forEach((n, v) -> {
                if (names.contains(n)) {
                    values.put(n, v);
                }
            });
            result.put(key, values);
        }
        return result;
    }

    @Override
    public synchronized void assignTask(long userTaskKey, String assignee) {
        UserTaskInfo t = open(userTaskKey);
        if (t.assignee() != null && !t.assignee().equals(assignee)) {
            throw new EngineException(EngineException.Kind.CONFLICT, "task " + userTaskKey + " is assigned to " + t.assignee());
        }
        tasks.put(userTaskKey, with(t, t.state(), assignee));
    }

    /** The next completion fails with {@code failure} (the engine unreachable, say) and changes nothing. */
    public synchronized void failNextCompletion(EngineException failure) {
        nextCompletionFailure = failure;
    }

    @Override
    public synchronized void completeTask(long userTaskKey, Map<String, Object> variables) {
        if (nextCompletionFailure != null) {
            EngineException failure = nextCompletionFailure;
            nextCompletionFailure = null;
            throw failure;
        }
        UserTaskInfo t = open(userTaskKey);
        tasks.put(userTaskKey, with(t, "COMPLETED", t.assignee()));
        variables.forEach((k, v) -> instanceVariables.get(t.processInstanceKey()).put(k, JSON.valueToTree(v)));
        completed.add(new Completed(userTaskKey, Map.copyOf(variables)));
    }

    @Override
    public Instant now() {
        return now;
    }

    private UserTaskInfo open(long key) {
        UserTaskInfo t = tasks.get(key);
        if (t == null) {
            throw new EngineException(EngineException.Kind.NOT_FOUND, "no user task " + key);
        }
        if (!t.isOpen()) {
            throw new EngineException(EngineException.Kind.CONFLICT, "user task " + key + " is " + t.state());
        }
        return t;
    }

    private static UserTaskInfo with(UserTaskInfo t, String state, String assignee) {
        return new UserTaskInfo(t.key(), t.name(), t.elementId(), state, assignee, t.candidateGroups(), t.candidateUsers(),
                t.processInstanceKey(), t.elementInstanceKey(), t.bpmnProcessId(), t.formKey(), t.creationDate(),
                t.dueDate(), t.followUpDate(), t.priority());
    }
}
