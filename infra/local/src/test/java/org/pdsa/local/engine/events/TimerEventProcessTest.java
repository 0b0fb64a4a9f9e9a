package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.events.EventTestClient.T0;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class TimerEventProcessTest {
    private CamundaClient client;
    private EventTestClient engine;

    @BeforeEach
    void pinClock(CamundaClient client) {
        this.client = client;
        this.engine = new EventTestClient(client);
        engine.pin(T0);
    }

    private static BpmnModelInstance waitThenWork(Consumer<io.camunda.zeebe.model.bpmn.builder.IntermediateCatchEventBuilder> timer) {
        return Bpmn.createExecutableProcess("timed")
                .startEvent("start")
                .intermediateCatchEvent("timer_wait", timer)
                .serviceTask("task_after", t -> t.zeebeJobType("pdsa.after"))
                .endEvent("end")
                .done();
    }

    private static BpmnModelInstance taskWithBoundary(Consumer<io.camunda.zeebe.model.bpmn.builder.BoundaryEventBuilder> boundary) {
        return Bpmn.createExecutableProcess("guarded")
                .startEvent("start")
                .serviceTask("task_work", t -> t.zeebeJobType("pdsa.work"))
                .boundaryEvent("timer_boundary", b -> {
                    boundary.accept(b);
                    b.serviceTask("task_react", t -> t.zeebeJobType("pdsa.react")).endEvent("end_reacted");
                })
                .endEvent("end")
                .done();
    }

    @Test
    void shouldWaitForTheDurationOnTheEngineClock() {
        // given
        engine.deploy(waitThenWork(e -> e.timerWithDuration("PT1H")), "timed.bpmn");
        long instance = engine.start("timed", Map.of());

        // when the clock is just short of the due date, then nothing happens
        engine.pin(T0.plus(Duration.ofMinutes(59)));
        assertThat(engine.jobs("pdsa.after")).isEmpty();

        // when it reaches it, then the instance moves on
        engine.pin(T0.plus(Duration.ofHours(1)));
        assertThat(engine.oneJob("pdsa.after").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void shouldEvaluateAFeelDateRelativeToTheEngineClock() {
        // given
        engine.deploy(waitThenWork(e -> e.timerWithDateExpression("now() + duration(\"P7D\")")), "timed.bpmn");
        engine.start("timed", Map.of());

        // when / then
        engine.pin(T0.plus(Duration.ofDays(7)).minusSeconds(1));
        assertThat(engine.jobs("pdsa.after")).isEmpty();
        engine.pin(T0.plus(Duration.ofDays(7)));
        assertThat(engine.jobs("pdsa.after")).hasSize(1);
    }

    @Test
    void shouldAcceptAFeelDateAndTimeAndAnIsoTextFromAVariable() {
        // given one instance whose date is a FEEL date-time literal and one whose date is an ISO text variable
        engine.deploy(waitThenWork(e -> e.timerWithDateExpression("if due = null then date and time(\"2030-01-03T00:00:00Z\") else due")),
                "timed.bpmn");
        long literal = engine.start("timed", Map.of());
        long fromVariable = engine.start("timed", Map.of("due", "2030-01-02T00:00:00Z"));

        // when / then
        engine.pin(Instant.parse("2030-01-02T00:00:00Z"));
        assertThat(engine.oneJob("pdsa.after").getProcessInstanceKey()).isEqualTo(fromVariable);
        engine.pin(Instant.parse("2030-01-03T00:00:00Z"));
        assertThat(engine.oneJob("pdsa.after").getProcessInstanceKey()).isEqualTo(literal);
    }

    @Test
    void shouldRaiseAnIncidentWhenTheTimerExpressionIsNotATime() {
        // given
        engine.deploy(waitThenWork(e -> e.timerWithDurationExpression("wait")), "timed.bpmn");

        // when
        long instance = engine.start("timed", Map.of("wait", 42));

        // then
        assertThat(engine.incidents(instance)).singleElement().satisfies(i -> {
            assertThat(i.getElementId()).isEqualTo("timer_wait");
            assertThat(i.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
            assertThat(i.getErrorMessage()).contains("wait");
        });
    }

    @Test
    void shouldInterruptTheActivityWhenAnInterruptingBoundaryTimerFires() {
        // given
        engine.deploy(taskWithBoundary(b -> b.timerWithDuration("PT10M")), "guarded.bpmn");
        long instance = engine.start("guarded", Map.of());

        // when
        engine.pin(T0.plus(Duration.ofMinutes(10)));

        // then the work is gone and the reaction runs
        assertThat(engine.jobs("pdsa.work")).isEmpty();
        ActivatedJob react = engine.oneJob("pdsa.react");
        engine.complete(react);
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldNotFireTheBoundaryTimerWhenTheActivityCompletedFirst() {
        // given
        engine.deploy(taskWithBoundary(b -> b.timerWithDuration("PT10M")), "guarded.bpmn");
        long instance = engine.start("guarded", Map.of());
        engine.complete(engine.oneJob("pdsa.work"));

        // when
        engine.pin(T0.plus(Duration.ofHours(1)));

        // then
        assertThat(engine.jobs("pdsa.react")).isEmpty();
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRepeatANonInterruptingBoundaryCycleAsOftenAsItSays() {
        // given
        engine.deploy(taskWithBoundary(b -> b.cancelActivity(false).timerWithCycle("R3/PT1H")), "guarded.bpmn");
        engine.start("guarded", Map.of());

        // when the clock jumps past five intervals
        engine.pin(T0.plus(Duration.ofHours(5)));

        // then three reminders ran and the work is still there
        assertThat(engine.jobs("pdsa.react")).hasSize(3);
        assertThat(engine.jobs("pdsa.work")).hasSize(1);
    }

    @Test
    void shouldRepeatAnEndlessCycleUntilTheActivityEnds() {
        // given
        engine.deploy(taskWithBoundary(b -> b.cancelActivity(false).timerWithCycle("R/PT1H")), "guarded.bpmn");
        engine.start("guarded", Map.of());
        ActivatedJob work = engine.oneJob("pdsa.work");

        // when
        engine.pin(T0.plus(Duration.ofHours(4)));
        assertThat(engine.jobs("pdsa.react")).hasSize(4);
        engine.complete(work);
        engine.pin(T0.plus(Duration.ofHours(10)));

        // then no reminder after the activity ended
        assertThat(engine.jobs("pdsa.react")).isEmpty();
    }

    @Test
    void shouldStartAnInstancePerTriggerOfATimerStartCycle() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("scheduled").startEvent("start_hourly").timerWithCycle("R2/PT1H")
                .serviceTask("task_run", t -> t.zeebeJobType("pdsa.scheduled")).endEvent().done(), "scheduled.bpmn");

        // when
        engine.pin(T0.plus(Duration.ofHours(3)));

        // then
        assertThat(engine.jobs("pdsa.scheduled")).hasSize(2);
        assertThat(engine.instancesOf("scheduled")).isEqualTo(2);
    }

    @Test
    void shouldStartACycleWithAStartDateAtThatDate() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("from_ten").startEvent("start_from_ten").timerWithCycle("R2/2030-01-01T10:00:00Z/PT1H")
                .serviceTask("task_run", t -> t.zeebeJobType("pdsa.from-ten")).endEvent().done(), "from_ten.bpmn");

        // when / then nothing before ten, then one at ten and one at eleven
        engine.pin(T0.plus(Duration.ofHours(9)));
        assertThat(engine.jobs("pdsa.from-ten")).isEmpty();
        engine.pin(T0.plus(Duration.ofHours(10)));
        assertThat(engine.jobs("pdsa.from-ten")).hasSize(1);
        engine.pin(T0.plus(Duration.ofHours(20)));
        assertThat(engine.jobs("pdsa.from-ten")).hasSize(1);
    }

    @Test
    void shouldStartOnceAtATimerStartDate() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("dated").startEvent("start_at").timerWithDate("2030-01-01T06:00:00Z")
                .serviceTask("task_run", t -> t.zeebeJobType("pdsa.dated")).endEvent().done(), "dated.bpmn");

        // when
        engine.pin(T0.plus(Duration.ofHours(5)));
        assertThat(engine.jobs("pdsa.dated")).isEmpty();
        engine.pin(T0.plus(Duration.ofDays(3)));

        // then
        assertThat(engine.jobs("pdsa.dated")).hasSize(1);
    }

    @Test
    void shouldReplaceTheOldVersionsTimerStartWhenANewVersionIsDeployed() {
        // given version 1 triggered once
        engine.deploy(hourly("pdsa.v1"), "hourly.bpmn");
        engine.pin(T0.plus(Duration.ofHours(1)));
        assertThat(engine.jobs("pdsa.v1")).hasSize(1);

        // when version 2 is deployed
        engine.deploy(hourly("pdsa.v2"), "hourly.bpmn");
        engine.pin(T0.plus(Duration.ofHours(2)));

        // then only version 2 starts instances from now on
        assertThat(engine.jobs("pdsa.v1")).isEmpty();
        assertThat(engine.jobs("pdsa.v2")).singleElement().satisfies(job -> assertThat(job.getProcessDefinitionVersion()).isEqualTo(2));
    }

    private static BpmnModelInstance hourly(String jobType) {
        return Bpmn.createExecutableProcess("hourly").startEvent("start_hourly").timerWithCycle("R/PT1H")
                .serviceTask("task_run", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    @Test
    void shouldRefuseTimersZeebeDoesNotAllowNamingTheElement() {
        assertRefused(waitThenWork(e -> e.timerWithCycle("R3/PT1H")), "timer_wait", "time duration or a time date");
        assertRefused(waitThenWork(e -> e.timerWithDuration("PT1X")), "timer_wait", "PT1X");
        assertRefused(Bpmn.createExecutableProcess("timed").startEvent("start_cron").timerWithCycle("0 0 9 * * MON").endEvent().done(),
                "start_cron", "cron");
        assertRefused(taskWithBoundary(b -> b.timerWithCycle("R/PT1H")), "timer_boundary", "time cycle");
    }

    private void assertRefused(BpmnModelInstance model, String elementId, String reason) {
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceString(Bpmn.convertToString(model), StandardCharsets.UTF_8, "refused.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains(elementId).contains(reason);
                });
    }
}
