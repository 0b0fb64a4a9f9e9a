package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class ServiceTaskProcessTest {

    private static BpmnModelInstance oneTask() {
        return Bpmn.createExecutableProcess("one_task")
                .startEvent("start")
                .serviceTask("task_a", t -> t.zeebeJobType("pdsa.test-a").zeebeJobRetries("3")
                        .zeebeTaskHeader("channel", "outbox"))
                .endEvent("end")
                .done();
    }

    @Test
    void shouldCompleteInstanceWhenWorkerCompletesTheJob(CamundaClient client) {
        // given
        client.newDeployResourceCommand().addProcessModel(oneTask(), "one_task.bpmn").send().join();
        CompletableFuture<ActivatedJob> seen = new CompletableFuture<>();
        try (JobWorker worker = client.newWorker().jobType("pdsa.test-a").handler((jobClient, job) -> {
            seen.complete(job);
            jobClient.newCompleteCommand(job).variables(Map.of("result", job.getVariablesAsMap().get("input") + "!")).send().join();
        }).open()) {
            // when
            ProcessInstanceResult result = client.newCreateInstanceCommand().bpmnProcessId("one_task").latestVersion()
                    .variables(Map.of("input", "hello")).withResult().send().join();

            // then
            assertThat(result.getVariablesAsMap()).containsEntry("result", "hello!").containsEntry("input", "hello");
            ActivatedJob job = seen.join();
            assertThat(job.getElementId()).isEqualTo("task_a");
            assertThat(job.getBpmnProcessId()).isEqualTo("one_task");
            assertThat(job.getCustomHeaders()).containsEntry("channel", "outbox");
            assertThat(job.getRetries()).isEqualTo(3);
            assertThat(job.getProcessInstanceKey()).isEqualTo(result.getProcessInstanceKey());
        }
    }

    @Test
    void shouldHandJobToWaitingPollWhenJobIsCreatedLater(CamundaClient client) {
        // given a poll waiting before any job exists
        client.newDeployResourceCommand().addProcessModel(oneTask(), "one_task.bpmn").send().join();
        var poll = client.newActivateJobsCommand().jobType("pdsa.test-a").maxJobsToActivate(5)
                .requestTimeout(Duration.ofSeconds(10)).send();

        // when
        ProcessInstanceEvent instance = client.newCreateInstanceCommand().bpmnProcessId("one_task").latestVersion().send().join();

        // then
        List<ActivatedJob> jobs = poll.join().getJobs();
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).getProcessInstanceKey()).isEqualTo(instance.getProcessInstanceKey());
    }

    @Test
    void shouldAnswerEmptyWhenNoJobArrivesWithinRequestTimeout(CamundaClient client) {
        // when
        var response = client.newActivateJobsCommand().jobType("pdsa.nothing").maxJobsToActivate(5)
                .requestTimeout(Duration.ofMillis(1000)).send().join();

        // then
        assertThat(response.getJobs()).isEmpty();
    }
}
