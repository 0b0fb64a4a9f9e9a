package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.local.engine.events.EventTestClient.T0;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.StartEventBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/** Event sub-processes at process level (embedded sub-processes are another engineer's; the same hook serves them). */
@LocalEngineTest
class EventSubProcessProcessTest {
    private CamundaClient client;
    private EventTestClient engine;

    @BeforeEach
    void pinClock(CamundaClient client) {
        this.client = client;
        this.engine = new EventTestClient(client);
        engine.pin(T0);
    }

    private static BpmnModelInstance withEventSubProcess(Consumer<StartEventBuilder> start) {
        return Bpmn.createExecutableProcess("cycle")
                .eventSubProcess("subprocess_event", esp -> {
                    StartEventBuilder builder = esp.startEvent("start_event");
                    start.accept(builder);
                    builder.serviceTask("task_event", t -> t.zeebeJobType("pdsa.event")).endEvent("end_event");
                })
                .startEvent("start")
                .serviceTask("task_main", t -> t.zeebeJobType("pdsa.main"))
                .endEvent("end")
                .done();
    }

    @Test
    void shouldRunANonInterruptingTimerSubProcessBesideTheMainFlow() {
        // given
        engine.deploy(withEventSubProcess(s -> s.interrupting(false).timerWithDuration("PT1H")), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of());

        // when
        engine.pin(T0.plus(Duration.ofHours(1)));

        // then both run; the instance completes when both are done
        var event = engine.oneJob("pdsa.event");
        var main = engine.oneJob("pdsa.main");
        engine.complete(main);
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
        engine.complete(event);
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRepeatANonInterruptingTimerCycleSubProcess() {
        // given
        engine.deploy(withEventSubProcess(s -> s.interrupting(false).timerWithCycle("R2/PT1H")), "cycle.bpmn");
        engine.start("cycle", Map.of());

        // when
        engine.pin(T0.plus(Duration.ofHours(6)));

        // then
        assertThat(engine.jobs("pdsa.event")).hasSize(2);
    }

    @Test
    void shouldEndTheMainFlowWhenAnInterruptingTimerSubProcessStarts() {
        // given
        engine.deploy(withEventSubProcess(s -> s.timerWithDuration("PT1H")), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of());

        // when
        engine.pin(T0.plus(Duration.ofHours(1)));

        // then
        assertThat(engine.jobs("pdsa.main")).isEmpty();
        engine.complete(engine.oneJob("pdsa.event"));
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldStartAnInterruptingMessageSubProcessWithTheMessagesVariables() {
        // given
        engine.deploy(withEventSubProcess(s -> s.message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("cycleId"))),
                "cycle.bpmn");
        long instance = engine.start("cycle", Map.of("cycleId", "c-1"));

        // when
        client.newPublishMessageCommand().messageName("withdrawn").correlationKey("c-1").variables(Map.of("by", "lead")).send().join();

        // then
        assertThat(engine.jobs("pdsa.main")).isEmpty();
        assertThat(engine.oneJob("pdsa.event").getVariablesAsMap()).containsEntry("by", "lead");
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldStartANonInterruptingMessageSubProcessForEachMessage() {
        // given
        engine.deploy(withEventSubProcess(s -> s.interrupting(false)
                .message(m -> m.name("comment").zeebeCorrelationKeyExpression("cycleId"))), "cycle.bpmn");
        engine.start("cycle", Map.of("cycleId", "c-1"));

        // when
        client.newPublishMessageCommand().messageName("comment").correlationKey("c-1").send().join();
        client.newPublishMessageCommand().messageName("comment").correlationKey("c-1").send().join();

        // then
        assertThat(engine.jobs("pdsa.event")).hasSize(2);
        assertThat(engine.jobs("pdsa.main")).hasSize(1);
    }

    @Test
    void shouldCatchAWorkersErrorInAnErrorSubProcessWithItsVariables() {
        // given
        engine.deploy(withEventSubProcess(s -> s.error("measure-missing")), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of());

        // when
        client.newThrowErrorCommand(engine.oneJob("pdsa.main")).errorCode("measure-missing").variables(Map.of("measure", "m-3"))
                .send().join();

        // then
        assertThat(engine.oneJob("pdsa.event").getVariablesAsMap()).containsEntry("measure", "m-3");
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldNotStartAnEventSubProcessAfterTheInstanceCompleted() {
        // given
        engine.deploy(withEventSubProcess(s -> s.interrupting(false).timerWithDuration("PT1H")), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of());
        engine.complete(engine.oneJob("pdsa.main"));

        // when
        engine.pin(T0.plus(Duration.ofHours(2)));

        // then
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.jobs("pdsa.event")).isEmpty();
    }

    @Test
    void shouldRaiseAnIncidentOnTheProcessWhenTheSubProcessTimerCannotBeEvaluated() {
        // given
        engine.deploy(withEventSubProcess(s -> s.interrupting(false).timerWithDurationExpression("remindAfter")), "cycle.bpmn");

        // when
        long instance = engine.start("cycle", Map.of("remindAfter", "soon"));

        // then
        assertThat(engine.incidents(instance)).singleElement().satisfies(i -> {
            assertThat(i.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
            assertThat(i.getErrorMessage()).contains("soon");
        });
    }
}
