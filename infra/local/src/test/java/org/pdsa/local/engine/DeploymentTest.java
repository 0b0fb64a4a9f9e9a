package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class DeploymentTest {

    private static final String SIGNAL = Bpmn.convertToString(Bpmn.createExecutableProcess("with_signal")
            .startEvent("start").intermediateThrowEvent("event_signal", e -> e.signal("signal_review")).endEvent("end").done());

    @Test
    void shouldAcceptAFileAsCamundaModelerSavesIt(CamundaClient client) {
        // when
        DeploymentEvent deployment = client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn/modeler-review.bpmn").send().join();

        // then it runs, with its mappings and headers
        assertThat(deployment.getProcesses()).singleElement().satisfies(p -> {
            assertThat(p.getBpmnProcessId()).isEqualTo("modeler_review");
            assertThat(p.getVersion()).isEqualTo(1);
        });
        long key = client.newCreateInstanceCommand().bpmnProcessId("modeler_review").latestVersion()
                .variables(Map.of("provider", "p7")).send().join().getProcessInstanceKey();
        ActivatedJob job = client.newActivateJobsCommand().jobType("pdsa.analyse-measures").maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs().get(0);
        assertThat(job.getVariablesAsMap()).containsEntry("providerId", "p7");
        assertThat(job.getCustomHeaders()).containsEntry("method", "xmr");
        assertThat(job.getRetries()).isEqualTo(5);
        var result = client.newCreateInstanceCommand().bpmnProcessId("modeler_review").latestVersion()
                .variables(Map.of("provider", "p8")).withResult().requestTimeout(Duration.ofSeconds(10)).send();
        client.newCompleteCommand(job).variables(Map.of("verdict", "improvement")).send().join();
        ActivatedJob second = client.newActivateJobsCommand().jobType("pdsa.analyse-measures").maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs().get(0);
        client.newCompleteCommand(second).variables(Map.of("verdict", "no change")).send().join();
        assertThat(result.join().getVariablesAsMap()).containsEntry("analysis", Map.of("verdict", "no change"))
                .doesNotContainKey("providerId").doesNotContainKey("verdict");
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getState().name()).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRefuseUnsupportedElementNamingItAndDeployNothing(CamundaClient client) {
        // when a good and an unsupported file are deployed together
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn/modeler-review.bpmn")
                .addResourceString(SIGNAL, StandardCharsets.UTF_8, "with_signal.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("with_signal.bpmn").contains("event_signal")
                            .contains("signal intermediate throw event");
                });

        // then neither is deployed
        assertThatThrownBy(() -> client.newCreateInstanceCommand().bpmnProcessId("modeler_review").latestVersion().send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldRefuseMalformedXml(CamundaClient client) {
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString("<definitions><process id=", StandardCharsets.UTF_8, "broken.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("broken.bpmn").contains("malformed");
                });
    }

    @Test
    void shouldRefuseAServiceTaskWithoutJobType(CamundaClient client) {
        String noType = Bpmn.convertToString(Bpmn.createExecutableProcess("no_type")
                .startEvent().serviceTask("task_untyped").endEvent().done());
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString(noType, StandardCharsets.UTF_8, "no_type.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("task_untyped");
                });
    }

    @Test
    void shouldKeepTheVersionWhenTheSameFileIsDeployedAgainAndAddOneWhenItChanged(CamundaClient client) {
        // given
        var first = client.newDeployResourceCommand().addResourceFromClasspath("bpmn/modeler-review.bpmn").send().join();

        // when
        var same = client.newDeployResourceCommand().addResourceFromClasspath("bpmn/modeler-review.bpmn").send().join();
        String changed = Bpmn.convertToString(Bpmn.createExecutableProcess("modeler_review").startEvent().endEvent().done());
        var next = client.newDeployResourceCommand().addResourceString(changed, StandardCharsets.UTF_8, "modeler-review.bpmn")
                .send().join();

        // then
        assertThat(same.getProcesses().get(0).getProcessDefinitionKey()).isEqualTo(first.getProcesses().get(0).getProcessDefinitionKey());
        assertThat(next.getProcesses().get(0).getVersion()).isEqualTo(2);
    }

    @Test
    void shouldStoreFormsAlongsideProcesses(CamundaClient client) {
        DeploymentEvent deployment = client.newDeployResourceCommand().addResourceFromClasspath("bpmn/review.form").send().join();
        assertThat(deployment.getForm()).singleElement().satisfies(f -> {
            assertThat(f.getFormId()).isEqualTo("form_review");
            assertThat(f.getVersion()).isEqualTo(1);
        });
    }

    @Test
    void shouldAnswerProblemJsonForUnknownProcess(CamundaClient client) {
        assertThatThrownBy(() -> client.newCreateInstanceCommand().bpmnProcessId("missing").latestVersion().send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(404);
                    assertThat(e.details().getDetail()).contains("missing");
                });
    }
}
