package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class ElementInstanceSearchTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private CamundaClient client;
    private long running;
    private long finished;

    @BeforeEach
    void createInstances(CamundaClient client) {
        this.client = client;
        client.newPinClockCommand().time(T0).send().join();
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("timeline").startEvent("start")
                .serviceTask("task_measure", t -> t.name("Measure").zeebeJobType("pdsa.timeline"))
                .userTask("task_review", u -> u.zeebeUserTask()).endEvent("end").done(), "timeline.bpmn").send().join();
        running = client.newCreateInstanceCommand().bpmnProcessId("timeline").latestVersion().send().join().getProcessInstanceKey();
        finished = client.newCreateInstanceCommand().bpmnProcessId("timeline").latestVersion().send().join().getProcessInstanceKey();
        for (var job : client.newJobSearchRequest().send().join().items()) {
            client.newPinClockCommand().time(T0.plusSeconds(60)).send().join();
            client.newCompleteCommand(job.getJobKey()).send().join();
        }
        long task = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(finished)).send().join().items().get(0).getUserTaskKey();
        client.newPinClockCommand().time(T0.plusSeconds(120)).send().join();
        client.newCompleteUserTaskCommand(task).send().join();
    }

    private List<String> timeline(long instance) {
        return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance)).sort(s -> s.startDate().asc())
                .send().join().items().stream().map(e -> e.getElementId() + ":" + e.getState()).toList();
    }

    @Test
    void shouldGiveTheTimelineOfRunningAndFinishedInstances() {
        assertThat(timeline(running)).containsExactly("start:COMPLETED", "task_measure:COMPLETED", "task_review:ACTIVE");
        assertThat(timeline(finished)).containsExactly("start:COMPLETED", "task_measure:COMPLETED", "task_review:COMPLETED",
                "end:COMPLETED");
    }

    @Test
    void shouldFilterByElementTypeAndState() {
        var reviews = client.newElementInstanceSearchRequest()
                .filter(f -> f.type(ElementInstanceType.USER_TASK).state(ElementInstanceState.ACTIVE)).send().join().items();
        assertThat(reviews).singleElement().satisfies(e -> {
            assertThat(e.getProcessInstanceKey()).isEqualTo(running);
            assertThat(e.getEndDate()).isNull();
        });
        var measured = client.newElementInstanceSearchRequest().filter(f -> f.elementId("task_measure")).send().join().items();
        assertThat(measured).hasSize(2).allSatisfy(e -> {
            assertThat(e.getElementName()).isEqualTo("Measure");
            assertThat(e.getStartDate().toInstant()).isEqualTo(T0);
            assertThat(e.getEndDate().toInstant()).isEqualTo(T0.plusSeconds(60));
        });
    }

    @Test
    void shouldGetRunningAndFinishedElementInstancesByKey() {
        ElementInstance active = client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(running).elementId("task_review"))
                .send().join().items().get(0);
        assertThat(client.newElementInstanceGetRequest(active.getElementInstanceKey()).send().join().getState())
                .isEqualTo(ElementInstanceState.ACTIVE);
        ElementInstance done = client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(finished).elementId("end"))
                .send().join().items().get(0);
        assertThat(client.newElementInstanceGetRequest(done.getElementInstanceKey()).send().join().getType())
                .isEqualTo(ElementInstanceType.END_EVENT);
        assertThatThrownBy(() -> client.newElementInstanceGetRequest(77L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldFlagTheElementInstanceWithAnIncident() {
        // given
        long broken = client.newCreateInstanceCommand().bpmnProcessId("timeline").latestVersion().variables(Map.of()).send().join()
                .getProcessInstanceKey();
        long job = client.newJobSearchRequest().filter(f -> f.processInstanceKey(broken)).send().join().items().get(0).getJobKey();
        client.newFailCommand(job).retries(0).send().join();

        // when
        var withIncident = client.newElementInstanceSearchRequest().filter(f -> f.hasIncident(true)).send().join().items();

        // then
        assertThat(withIncident).singleElement().satisfies(e -> {
            assertThat(e.getProcessInstanceKey()).isEqualTo(broken);
            assertThat(e.getIncidentKey()).isNotNull();
        });
    }
}
