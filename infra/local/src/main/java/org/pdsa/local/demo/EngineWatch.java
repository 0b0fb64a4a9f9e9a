package org.pdsa.local.demo;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.JobState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.Job;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo's view of the engine through camunda-client-java: moves the engine's clock (the accelerated time),
 * waits until a run's jobs are all done (the workers have caught up), and reports what is stuck and why
 * (open elements, failed jobs, incidents). Everything is filtered to one programme run's instances (its
 * root process instance), so other instances on the same engine do not matter.
 */
final class EngineWatch {

    private static final Duration POLL = Duration.ofMillis(20);

    private final CamundaClient client;
    private final Duration patience;

    EngineWatch(CamundaClient client, Duration patience) {
        this.client = client;
        this.patience = patience;
    }

    /** Pins the engine's clock; timers due by then fire before the engine answers. */
    void pin(Instant time) {
        client.newPinClockCommand().time(time).send().join();
    }

    /** Gives the engine back its system clock. */
    void reset() {
        client.newResetClockCommand().send().join();
    }

    /**
     * Waits until no job of the run rooted at {@code root} is open: whatever the last command set moving
     * (timers, task completions) has run through the workers. A failed job or an incident is a failure.
     */
    void settle(long root, String after) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            List<Job> open = jobs(root);
            Optional<Job> failed = open.stream().filter(j -> j.getState() != JobState.CREATED).findFirst();
            if (failed.isPresent()) {
                Job j = failed.get();
                throw new DemoFailure("after " + after + ", job " + j.getType() + " at " + j.getElementId() + " (instance "
                        + j.getProcessInstanceKey() + ") " + j.getState().name().toLowerCase(java.util.Locale.ROOT)
                        + " with " + j.getRetries() + " retries left: " + j.getErrorMessage());
            }
            if (open.isEmpty()) {
                List<Incident> incidents = incidents(root);
                if (!incidents.isEmpty()) {
                    throw new DemoFailure("after " + after + ", incident in the engine: " + describe(incidents));
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new DemoFailure("stuck after " + after + ": " + open.size() + " job(s) still open after "
                        + patience.toSeconds() + " s: " + open.stream().map(j -> j.getType() + " at " + j.getElementId())
                        .collect(Collectors.joining(", ")) + " (are the job workers running?)");
            }
            pause();
        }
    }

    /** Active incidents of the run. */
    List<Incident> incidents(long root) {
        return client.newIncidentSearchRequest().filter(f -> f.state(IncidentState.ACTIVE)).send().join().items().stream()
                .filter(i -> Objects.equals(i.getRootProcessInstanceKey(), root)
                        || Objects.equals(i.getProcessInstanceKey(), root))
                .toList();
    }

    /** Where an instance waits: its active elements' ids. */
    List<String> activeElements(long processInstanceKey) {
        return client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey).state(ElementInstanceState.ACTIVE))
                .send().join().items().stream().map(e -> e.getElementId()).toList();
    }

    /** ACTIVE, COMPLETED, TERMINATED... */
    String state(long processInstanceKey) {
        return client.newProcessInstanceGetRequest(processInstanceKey).send().join().getState().name();
    }

    /** A variable of an instance as JSON text, if set. */
    Optional<String> variable(long processInstanceKey, String name) {
        List<Variable> found = client.newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey).name(name)).send().join().items();
        return found.stream().filter(v -> Objects.equals(v.getScopeKey(), processInstanceKey)).findFirst()
                .or(() -> found.stream().findFirst()).map(Variable::getValue);
    }

    static String describe(List<Incident> incidents) {
        return incidents.stream().map(i -> i.getErrorType() + " at " + i.getElementId() + " (instance "
                + i.getProcessInstanceKey() + "): " + i.getErrorMessage()).collect(Collectors.joining("; "));
    }

    private List<Job> jobs(long root) {
        return client.newJobSearchRequest().send().join().items().stream()
                .filter(j -> Objects.equals(j.getRootProcessInstanceKey(), root) || Objects.equals(j.getProcessInstanceKey(), root))
                .toList();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted while waiting for the engine");
        }
    }
}
