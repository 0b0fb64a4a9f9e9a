package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.local.engine.events.EventTestClient.T0;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.CallActivityBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/**
 * Where call activities meet events: an error thrown in the called process caught by the caller,
 * boundary events on the call activity (ending or keeping the called instance), and the caller
 * shown with an incident while its called instance has one.
 */
@LocalEngineTest
class CallActivityEventsProcessTest {
    private CamundaClient client;
    private EventTestClient engine;

    @BeforeEach
    void deployTheCalledProcess(CamundaClient client) {
        this.client = client;
        this.engine = new EventTestClient(client);
        engine.pin(T0);
        engine.deploy(Bpmn.createExecutableProcess("review").startEvent("start_review")
                .serviceTask("task_review", t -> t.zeebeJobType("pdsa.review"))
                .endEvent("end_review").done(), "review.bpmn");
    }

    /** start → call_review (with what {@code call} adds, e.g. a boundary event) → task_after → end */
    private static BpmnModelInstance caller(Consumer<CallActivityBuilder> call) {
        return Bpmn.createExecutableProcess("cycle")
                .startEvent("start")
                .callActivity("call_review", c -> {
                    c.zeebeProcessId("review");
                    call.accept(c);
                })
                .serviceTask("task_after", t -> t.zeebeJobType("pdsa.after"))
                .endEvent("end")
                .done();
    }

    private static Consumer<CallActivityBuilder> errorBoundary() {
        return c -> c.boundaryEvent("error_rejected", b -> b.error("rejected").zeebeOutputExpression("reason", "reason")
                .serviceTask("task_rework", t -> t.zeebeJobType("pdsa.rework")).endEvent("end_reworked"));
    }

    @Test
    void shouldCatchAnErrorOfTheCalledProcessOnTheErrorBoundaryOfTheCallActivity() {
        // given
        engine.deploy(caller(errorBoundary()), "cycle.bpmn");
        long parent = engine.start("cycle", Map.of());
        ActivatedJob review = engine.oneJob("pdsa.review");

        // when the called process's worker throws the error
        client.newThrowErrorCommand(review).errorCode("rejected").variables(Map.of("reason", "too small")).send().join();

        // then the called instance is terminated, the caller takes the boundary path with the error's variables
        assertThat(engine.state(review.getProcessInstanceKey())).isEqualTo("TERMINATED");
        ActivatedJob rework = engine.oneJob("pdsa.rework");
        assertThat(rework.getProcessInstanceKey()).isEqualTo(parent);
        assertThat(rework.getVariablesAsMap()).containsEntry("reason", "too small");
        assertThat(engine.jobs("pdsa.after")).isEmpty();
        engine.complete(rework);
        assertThat(engine.state(parent)).isEqualTo("COMPLETED");
        assertThat(engine.incidents(review.getProcessInstanceKey())).isEmpty();
    }

    @Test
    void shouldCatchAnErrorOfTheCalledProcessInAnErrorEventSubProcessOfTheCaller() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("cycle")
                .eventSubProcess("subprocess_rejected", esp -> esp.startEvent("start_rejected").error("rejected")
                        .serviceTask("task_handle", t -> t.zeebeJobType("pdsa.handle")).endEvent("end_handled"))
                .startEvent("start")
                .callActivity("call_review", c -> c.zeebeProcessId("review"))
                .serviceTask("task_after", t -> t.zeebeJobType("pdsa.after"))
                .endEvent("end")
                .done(), "cycle.bpmn");
        long parent = engine.start("cycle", Map.of());
        ActivatedJob review = engine.oneJob("pdsa.review");

        // when
        client.newThrowErrorCommand(review).errorCode("rejected").send().join();

        // then
        assertThat(engine.state(review.getProcessInstanceKey())).isEqualTo("TERMINATED");
        ActivatedJob handle = engine.oneJob("pdsa.handle");
        assertThat(handle.getProcessInstanceKey()).isEqualTo(parent);
        engine.complete(handle);
        assertThat(engine.jobs("pdsa.after")).isEmpty();
        assertThat(engine.state(parent)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRaiseTheIncidentWhereTheErrorWasThrownWhenTheCallerCatchesAnotherCode() {
        // given a caller that catches only "rejected"
        engine.deploy(caller(errorBoundary()), "cycle.bpmn");
        long parent = engine.start("cycle", Map.of());
        ActivatedJob review = engine.oneJob("pdsa.review");

        // when
        client.newThrowErrorCommand(review).errorCode("unreadable").send().join();

        // then the incident is on the thrower in the called instance; the caller still waits on its call activity
        assertThat(engine.incidents(review.getProcessInstanceKey())).singleElement().satisfies(incident -> {
            assertThat(incident.getElementId()).isEqualTo("task_review");
            assertThat(incident.getErrorType().name()).isEqualTo("UNHANDLED_ERROR_EVENT");
        });
        assertThat(engine.incidents(parent)).isEmpty();
        assertThat(engine.jobs("pdsa.rework")).isEmpty();
        assertThat(engine.state(parent)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldTerminateTheCalledInstanceWhenAnInterruptingTimerOnTheCallActivityFires() {
        // given
        engine.deploy(caller(c -> c.boundaryEvent("timer_overdue", b -> b.timerWithDuration("PT1H")
                .serviceTask("task_escalate", t -> t.zeebeJobType("pdsa.escalate")).endEvent("end_escalated"))), "cycle.bpmn");
        long parent = engine.start("cycle", Map.of());
        long child = childOf(parent);

        // when
        engine.pin(T0.plus(Duration.ofHours(1)));

        // then
        assertThat(engine.state(child)).isEqualTo("TERMINATED");
        assertThat(engine.jobs("pdsa.review")).isEmpty();
        engine.complete(engine.oneJob("pdsa.escalate"));
        assertThat(engine.state(parent)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldKeepTheCalledInstanceWhenANonInterruptingMessageOnTheCallActivityArrives() {
        // given
        engine.deploy(caller(c -> c.boundaryEvent("message_nudge", b -> b.cancelActivity(false)
                .message(m -> m.name("nudge").zeebeCorrelationKeyExpression("cycleId"))
                .serviceTask("task_nudged", t -> t.zeebeJobType("pdsa.nudged")).endEvent("end_nudged"))), "cycle.bpmn");
        long parent = engine.start("cycle", Map.of("cycleId", "c-1"));
        long child = childOf(parent);

        // when the message arrives twice
        for (int i = 0; i < 2; i++) {
            client.newPublishMessageCommand().messageName("nudge").correlationKey("c-1").send().join();
        }

        // then the caller reacts twice and the call goes on
        assertThat(engine.jobs("pdsa.nudged")).hasSize(2);
        assertThat(engine.state(child)).isEqualTo("ACTIVE");
        engine.complete(engine.oneJob("pdsa.review"));
        assertThat(engine.oneJob("pdsa.after").getProcessInstanceKey()).isEqualTo(parent);
    }

    @Test
    void shouldShowTheCallersWithAnIncidentWhileACalledInstanceHasOne() {
        // given a three-level hierarchy: programme → cycle → review
        engine.deploy(caller(c -> { }), "cycle.bpmn");
        engine.deploy(Bpmn.createExecutableProcess("programme").startEvent()
                .callActivity("call_cycle", c -> c.zeebeProcessId("cycle")).endEvent().done(), "programme.bpmn");
        long programme = engine.start("programme", Map.of());
        long cycle = childOf(programme);
        ActivatedJob review = engine.oneJob("pdsa.review");

        // when the review's job runs out of retries
        client.newFailCommand(review).retries(0).errorMessage("reviewer unavailable").send().join();

        // then the incident is the review's, and every caller above shows that something below needs attention
        assertThat(engine.incidents(review.getProcessInstanceKey())).hasSize(1);
        assertThat(engine.incidents(cycle)).isEmpty();
        assertThat(instance(review.getProcessInstanceKey()).getHasIncident()).isTrue();
        assertThat(instance(cycle).getHasIncident()).isTrue();
        assertThat(instance(programme).getHasIncident()).isTrue();
        assertThat(instance(review.getProcessInstanceKey()).getRootProcessInstanceKey()).isEqualTo(programme);
        assertThat(withIncident()).contains(programme, cycle, review.getProcessInstanceKey());

        // and when the incident is resolved, none of them has one any more
        client.newUpdateRetriesCommand(review.getKey()).retries(1).send().join();
        client.newResolveIncidentCommand(engine.incidents(review.getProcessInstanceKey()).get(0).getIncidentKey()).send().join();
        assertThat(instance(programme).getHasIncident()).isFalse();
        assertThat(instance(cycle).getHasIncident()).isFalse();
        assertThat(withIncident()).isEmpty();
    }

    private ProcessInstance instance(long key) {
        return client.newProcessInstanceGetRequest(key).send().join();
    }

    private List<Long> withIncident() {
        return client.newProcessInstanceSearchRequest().filter(f -> f.hasIncident(true)).send().join().items().stream()
                .map(ProcessInstance::getProcessInstanceKey).toList();
    }

    private long childOf(long parent) {
        List<ProcessInstance> children = client.newProcessInstanceSearchRequest().filter(f -> f.parentProcessInstanceKey(parent))
                .send().join().items();
        assertThat(children).hasSize(1);
        return children.get(0).getProcessInstanceKey();
    }
}
