package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class JobLifecycleProcessTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private CamundaClient client;
    private long instanceKey;

    private static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess("lifecycle")
                .startEvent("start")
                .serviceTask("task_fetch", t -> t.zeebeJobType("pdsa.fetch-metrics").zeebeJobRetries("2"))
                .endEvent("end")
                .done();
    }

    @BeforeEach
    void deployAndStart(CamundaClient client) {
        this.client = client;
        client.newDeployResourceCommand().addProcessModel(process(), "lifecycle.bpmn").send().join();
        client.newPinClockCommand().time(T0).send().join();
        instanceKey = client.newCreateInstanceCommand().bpmnProcessId("lifecycle").latestVersion()
                .variables(Map.of("provider", "p1")).send().join().getProcessInstanceKey();
    }

    private ActivatedJob activateOne() {
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType("pdsa.fetch-metrics").maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private List<ActivatedJob> activateNone() {
        return client.newActivateJobsCommand().jobType("pdsa.fetch-metrics").maxJobsToActivate(1)
                .requestTimeout(Duration.ofMillis(200)).send().join().getJobs();
    }

    private List<Incident> incidents() {
        return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instanceKey)).send().join().items();
    }

    @Test
    void shouldRetryAfterBackOffWhenJobFailsWithRetriesLeft() {
        // given
        ActivatedJob job = activateOne();

        // when
        client.newFailCommand(job).retries(1).retryBackoff(Duration.ofSeconds(30)).errorMessage("provider down").send().join();

        // then not before the back-off, then again with the retries the worker left
        assertThat(activateNone()).isEmpty();
        client.newPinClockCommand().time(T0.plusSeconds(31)).send().join();
        ActivatedJob retried = activateOne();
        assertThat(retried.getKey()).isEqualTo(job.getKey());
        assertThat(retried.getRetries()).isEqualTo(1);
    }

    @Test
    void shouldRaiseIncidentWhenRetriesRunOutAndContinueAfterRetriesUpdatedAndResolved() {
        // given
        ActivatedJob job = activateOne();
        client.newFailCommand(job).retries(0).errorMessage("no data for provider p1").send().join();
        Incident incident = incidents().get(0);
        assertThat(incident.getErrorMessage()).isEqualTo("no data for provider p1");
        assertThat(incident.getJobKey()).isEqualTo(job.getKey());
        assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getHasIncident()).isTrue();

        // when resolving without retries, then it is refused
        assertThatThrownBy(() -> client.newResolveIncidentCommand(incident.getIncidentKey()).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(409));

        // when retries are updated and the incident resolved
        client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
        client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

        // then the job is back and the instance completes
        ActivatedJob again = activateOne();
        client.newCompleteCommand(again).send().join();
        assertThat(incidents()).singleElement().satisfies(i -> assertThat(i.getState().name()).isEqualTo("RESOLVED"));
        assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getState().name()).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRaiseIncidentWhenBpmnErrorIsNotCaught() {
        // given
        ActivatedJob job = activateOne();

        // when
        client.newThrowErrorCommand(job).errorCode("no-data").errorMessage("nothing submitted").send().join();

        // then
        assertThat(incidents()).singleElement().satisfies(i -> {
            assertThat(i.getErrorType().name()).isEqualTo("UNHANDLED_ERROR_EVENT");
            assertThat(i.getErrorMessage()).contains("no-data");
        });
    }

    @Test
    void shouldMakeJobActivatableAgainWhenItsTimeoutPasses() {
        // given
        ActivatedJob job = client.newActivateJobsCommand().jobType("pdsa.fetch-metrics").maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).send().join().getJobs().get(0);

        // when the deadline passes on the engine clock
        assertThat(activateNone()).isEmpty();
        client.newPinClockCommand().time(T0.plus(Duration.ofMinutes(2))).send().join();

        // then
        assertThat(activateOne().getKey()).isEqualTo(job.getKey());
    }

    @Test
    void shouldExtendDeadlineWhenTimeoutIsUpdated() {
        // given
        ActivatedJob job = client.newActivateJobsCommand().jobType("pdsa.fetch-metrics").maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).send().join().getJobs().get(0);

        // when
        client.newUpdateJobCommand(job.getKey()).updateTimeout(Duration.ofMinutes(10)).send().join();
        client.newPinClockCommand().time(T0.plus(Duration.ofMinutes(2))).send().join();

        // then
        assertThat(activateNone()).isEmpty();
    }

    @Test
    void shouldRefuseToCompleteAJobTwice() {
        // given
        ActivatedJob job = activateOne();
        client.newCompleteCommand(job).send().join();

        // when / then
        assertThatThrownBy(() -> client.newCompleteCommand(job).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldRefuseUnknownJobWithNotFound() {
        assertThatThrownBy(() -> client.newCompleteCommand(2251799813999999L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldTerminateJobWhenInstanceIsCancelled() {
        // when
        client.newCancelInstanceCommand(instanceKey).send().join();

        // then
        assertThat(activateNone()).isEmpty();
        assertThat(client.newProcessInstanceGetRequest(instanceKey).send().join().getState().name()).isEqualTo("TERMINATED");
    }
}
