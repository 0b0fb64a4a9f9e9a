package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Drives the real workflows on the local engine for process tests, as the workers and the leads would: the
 * test plays the job worker (activates a job of a type, checks what it got, completes it or throws a BPMN
 * error) and the lead (finds the user task, completes it), and moves the engine's clock for the timers.
 */
final class ProcessDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final CamundaClient client;

    ProcessDriver(CamundaClient client) {
        this.client = client;
    }

    /** Deploys workflows/ as the stack does: both BPMN files and every form, in one deployment. */
    void deployWorkflows() {
        WorkflowsFolder folder = WorkflowsFolder.locate();
        List<Path> files = new ArrayList<>(folder.bpmnFiles());
        files.addAll(folder.formFiles());
        var command = client.newDeployResourceCommand().addResourceFile(files.get(0).toString());
        for (Path f : files.subList(1, files.size())) {
            command = command.addResourceFile(f.toString());
        }
        command.send().join();
    }

    void pin(Instant time) {
        client.newPinClockCommand().time(time).send().join();
    }

    long start(String processId, Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send().join()
                .getProcessInstanceKey();
    }

    /** Activates the one job of {@code type} the process is waiting on (waits for it to be created). */
    ActivatedJob job(String type) {
        return jobs(type, 1).get(0);
    }

    /** Activates {@code count} jobs of {@code type}, oldest first. */
    List<ActivatedJob> jobs(String type, int count) {
        List<ActivatedJob> jobs = new ArrayList<>();
        long until = System.nanoTime() + WAIT.toNanos();
        while (jobs.size() < count && System.nanoTime() < until) {
            jobs.addAll(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(count - jobs.size())
                    .requestTimeout(Duration.ofSeconds(1)).send().join().getJobs());
        }
        assertThat(jobs).as("jobs of type %s", type).hasSize(count);
        jobs.sort(Comparator.comparingLong(ActivatedJob::getKey));
        return jobs;
    }

    /** The jobs of {@code type} a short poll finds (none, when the test expects none). */
    List<ActivatedJob> pending(String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(20).requestTimeout(Duration.ofMillis(300))
                .send().join().getJobs();
    }

    void complete(ActivatedJob job, Map<String, Object> variables) {
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    }

    void throwError(ActivatedJob job, String code, Map<String, Object> variables) {
        client.newThrowErrorCommand(job.getKey()).errorCode(code).errorMessage("test").variables(variables).send().join();
    }

    /** The open user task {@code elementId} of {@code processInstanceKey} (waits for it). */
    UserTask task(long processInstanceKey, String elementId) {
        return task(t -> t.getProcessInstanceKey() == processInstanceKey && elementId.equals(t.getElementId()),
                elementId + " of instance " + processInstanceKey);
    }

    /** The one open user task that matches (waits for it). */
    UserTask task(Predicate<UserTask> wanted, String what) {
        List<UserTask> found = new ArrayList<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(30)).alias("open user task " + what).until(() -> {
            found.clear();
            openTasks().stream().filter(wanted).forEach(found::add);
            return !found.isEmpty();
        });
        assertThat(found).as("open user tasks " + what).hasSize(1);
        return found.get(0);
    }

    List<UserTask> openTasks() {
        return client.newUserTaskSearchRequest().filter(f -> f.state(UserTaskState.CREATED)).send().join().items();
    }

    void completeTask(UserTask task, Map<String, Object> variables) {
        client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
    }

    /** The instance's own variables (its root scope), values parsed from their JSON text. */
    Map<String, JsonNode> variables(long processInstanceKey) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        List<Variable> found = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
                .page(p -> p.limit(1000)).send().join().items();
        for (Variable v : found) {
            if (v.getScopeKey() == processInstanceKey) {
                values.put(v.getName(), parse(v.getValue()));
            }
        }
        return values;
    }

    String state(long processInstanceKey) {
        return client.newProcessInstanceGetRequest(processInstanceKey).send().join().getState().name();
    }

    void awaitState(long processInstanceKey, String state) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(30)).alias("instance " + processInstanceKey + " " + state)
                .until(() -> state(processInstanceKey).equals(state));
    }

    /** Ids of the instance's elements that completed, in the order they ended. */
    List<String> completedElements(long processInstanceKey) {
        return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
                .page(p -> p.limit(1000)).send().join().items().stream()
                .filter(e -> e.getState() != null && e.getState().name().equals("COMPLETED"))
                .sorted(Comparator.comparing(e -> e.getEndDate() == null ? Instant.MAX.toString() : e.getEndDate().toString()))
                .map(e -> e.getElementId()).toList();
    }

    List<String> activeElements(long processInstanceKey) {
        return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
                .page(p -> p.limit(1000)).send().join().items().stream()
                .filter(e -> e.getState() != null && e.getState().name().equals("ACTIVE"))
                .map(e -> e.getElementId()).toList();
    }

    List<Incident> incidents() {
        return client.newIncidentSearchRequest().send().join().items().stream()
                .filter(i -> i.getState() != null && i.getState().name().equals("ACTIVE")).toList();
    }

    void publish(String name, String correlationKey, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey).timeToLive(Duration.ZERO)
                .variables(variables).send().join();
    }

    /** A job's variables as JSON. */
    static JsonNode vars(ActivatedJob job) {
        return parse(job.getVariables());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
