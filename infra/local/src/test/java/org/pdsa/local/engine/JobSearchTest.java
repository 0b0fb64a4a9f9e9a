package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.JobState;
import io.camunda.client.api.search.response.Job;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/** Job search over the jobs the engine holds: created (activatable or activated) and failed ones. */
@LocalEngineTest
class JobSearchTest {
    private CamundaClient client;
    private long activated;
    private long failed;
    private long waiting;

    @BeforeEach
    void createJobs(CamundaClient client) {
        this.client = client;
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("jobs").startEvent()
                .serviceTask("task_fetch", t -> t.zeebeJobType("pdsa.fetch").zeebeTaskHeader("source", "fhir")).endEvent().done(),
                "jobs.bpmn").send().join();
        for (int i = 0; i < 3; i++) client.newCreateInstanceCommand().bpmnProcessId("jobs").latestVersion().send().join();
        List<Job> all = client.newJobSearchRequest().sort(s -> s.jobKey().asc()).send().join().items();
        activated = client.newActivateJobsCommand().jobType("pdsa.fetch").maxJobsToActivate(1).workerName("worker-1")
                .timeout(Duration.ofMinutes(5)).send().join().getJobs().get(0).getKey();
        failed = all.get(1).getJobKey();
        waiting = all.get(2).getJobKey();
        client.newFailCommand(failed).retries(2).retryBackoff(Duration.ofHours(1)).errorMessage("try later").send().join();
    }

    private List<Long> search(java.util.function.Consumer<io.camunda.client.api.search.filter.JobFilter> filter) {
        return client.newJobSearchRequest().filter(filter).sort(s -> s.jobKey().asc()).send().join().items().stream()
                .map(Job::getJobKey).toList();
    }

    @Test
    void shouldFindJobsByStateWorkerAndFailure() {
        assertThat(search(f -> f.state(JobState.CREATED))).containsExactly(activated, waiting);
        assertThat(search(f -> f.state(JobState.FAILED))).containsExactly(failed);
        assertThat(search(f -> f.worker("worker-1"))).containsExactly(activated);
        assertThat(search(f -> f.hasFailedWithRetriesLeft(true))).containsExactly(failed);
        assertThat(search(f -> f.type("pdsa.fetch").elementId("task_fetch"))).hasSize(3);
    }

    @Test
    void shouldShowAJobsDetails() {
        Job job = client.newJobSearchRequest().filter(f -> f.jobKey(failed)).send().join().items().get(0);
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getErrorMessage()).isEqualTo("try later");
        assertThat(job.getCustomerHeaders()).containsEntry("source", "fhir");
        assertThat(job.getProcessDefinitionId()).isEqualTo("jobs");
    }
}
