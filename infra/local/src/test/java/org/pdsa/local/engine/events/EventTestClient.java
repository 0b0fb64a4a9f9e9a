package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.Incident;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the event process tests do again and again through the client: pin the clock, take jobs, read incidents. */
final class EventTestClient {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private final CamundaClient client;

    EventTestClient(CamundaClient client) {
        this.client = client;
    }

    void pin(Instant time) {
        client.newPinClockCommand().time(time).send().join();
    }

    void deploy(io.camunda.zeebe.model.bpmn.BpmnModelInstance model, String resourceName) {
        client.newDeployResourceCommand().addProcessModel(model, resourceName).send().join();
    }

    long start(String processId, java.util.Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send().join()
                .getProcessInstanceKey();
    }

    /**
     * Every job of the type that is activatable now (timers fire before the pin command is answered,
     * so no waiting is needed). Jobs are locked for years, so later clock jumps do not hand them out again.
     */
    List<ActivatedJob> jobs(String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(100).timeout(Duration.ofDays(3650))
                .requestTimeout(Duration.ofMillis(300)).send().join().getJobs();
    }

    ActivatedJob oneJob(String type) {
        List<ActivatedJob> jobs = jobs(type);
        assertThat(jobs).as("activatable jobs of type " + type).hasSize(1);
        return jobs.get(0);
    }

    void complete(ActivatedJob job) {
        client.newCompleteCommand(job).send().join();
    }

    String state(long processInstanceKey) {
        return client.newProcessInstanceGetRequest(processInstanceKey).send().join().getState().name();
    }

    List<Incident> incidents(long processInstanceKey) {
        return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey)).send().join().items();
    }

    long instancesOf(String processId) {
        return client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(processId)).send().join()
                .page().totalItems();
    }
}
