package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.events.EventTestClient.T0;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.SubProcessBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/**
 * Where embedded sub-processes and multi-instance bodies meet events: boundary events on them end
 * (or keep) everything inside, errors thrown inside reach their boundary, and event sub-processes
 * inside a sub-process belong to that sub-process's scope.
 */
@LocalEngineTest
class SubProcessEventsProcessTest {
    private CamundaClient client;
    private EventTestClient engine;

    @BeforeEach
    void pinClock(CamundaClient client) {
        this.client = client;
        this.engine = new EventTestClient(client);
        engine.pin(T0);
    }

    /** start → subprocess_do [start → task_measure ∥ task_observe → end] (+ boundary) → task_study → end */
    private static BpmnModelInstance doThenStudy(Consumer<SubProcessBuilder> boundary) {
        return Bpmn.createExecutableProcess("cycle")
                .startEvent("start")
                .subProcess("subprocess_do", sub -> {
                    sub.embeddedSubProcess().startEvent("start_do").parallelGateway("fork")
                            .serviceTask("task_measure", t -> t.zeebeJobType("pdsa.measure")).parallelGateway("join")
                            .endEvent("end_do")
                            .moveToNode("fork").serviceTask("task_observe", t -> t.zeebeJobType("pdsa.observe")).connectTo("join");
                    boundary.accept(sub);
                })
                .serviceTask("task_study", t -> t.zeebeJobType("pdsa.study"))
                .endEvent("end")
                .done();
    }

    @Test
    void shouldEndEverythingInsideWhenAnInterruptingTimerOnTheSubProcessFires() {
        // given
        engine.deploy(doThenStudy(sub -> sub.boundaryEvent("timer_window_over", b -> b.timerWithDuration("P14D")
                .serviceTask("task_close", t -> t.zeebeJobType("pdsa.close")).endEvent("end_closed"))), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of());
        engine.complete(engine.oneJob("pdsa.measure"));

        // when
        engine.pin(T0.plus(Duration.ofDays(14)));

        // then the open branch inside is gone, the join never completes, the boundary path runs
        assertThat(engine.jobs("pdsa.observe")).isEmpty();
        engine.complete(engine.oneJob("pdsa.close"));
        assertThat(engine.jobs("pdsa.study")).isEmpty();
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRemindBesideTheSubProcessWithANonInterruptingTimerCycle() {
        // given
        engine.deploy(doThenStudy(sub -> sub.boundaryEvent("timer_weekly", b -> b.cancelActivity(false).timerWithCycle("R/P7D")
                .serviceTask("task_remind", t -> t.zeebeJobType("pdsa.remind")).endEvent("end_reminded"))), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of());

        // when two weeks pass, then the sub-process ends
        engine.pin(T0.plus(Duration.ofDays(14)));
        List<ActivatedJob> reminders = engine.jobs("pdsa.remind");
        engine.complete(engine.oneJob("pdsa.measure"));
        engine.complete(engine.oneJob("pdsa.observe"));
        engine.pin(T0.plus(Duration.ofDays(28)));

        // then two reminders ran while it was active and none after
        assertThat(reminders).hasSize(2);
        assertThat(engine.jobs("pdsa.remind")).isEmpty();
        reminders.forEach(engine::complete);
        engine.complete(engine.oneJob("pdsa.study"));
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldCatchAnErrorThrownInsideOnTheSubProcessBoundaryAndEndItsOtherBranches() {
        // given
        engine.deploy(doThenStudy(sub -> sub.boundaryEvent("error_no_data", b -> b.error("no-data")
                .serviceTask("task_ask_for_data", t -> t.zeebeJobType("pdsa.ask")).endEvent("end_asked"))), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of());

        // when
        client.newThrowErrorCommand(engine.oneJob("pdsa.measure")).errorCode("no-data").send().join();

        // then
        assertThat(engine.jobs("pdsa.observe")).isEmpty();
        engine.complete(engine.oneJob("pdsa.ask"));
        assertThat(engine.jobs("pdsa.study")).isEmpty();
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldInterruptTheSubProcessWithAMessageCorrelatedByAProcessVariable() {
        // given
        engine.deploy(doThenStudy(sub -> sub.boundaryEvent("message_stop", b -> b
                .message(m -> m.name("stop-test").zeebeCorrelationKeyExpression("cycleId"))
                .serviceTask("task_stopped", t -> t.zeebeJobType("pdsa.stopped")).endEvent("end_stopped"))), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of("cycleId", "c-7"));

        // when
        client.newPublishMessageCommand().messageName("stop-test").correlationKey("c-7").send().join();

        // then
        assertThat(engine.jobs("pdsa.measure")).isEmpty();
        assertThat(engine.jobs("pdsa.observe")).isEmpty();
        engine.complete(engine.oneJob("pdsa.stopped"));
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRunAnEventSubProcessInsideAnEmbeddedSubProcessOnlyWhileItIsActive() {
        // given an interrupting error event sub-process inside the sub-process
        engine.deploy(Bpmn.createExecutableProcess("cycle")
                .startEvent("start")
                .subProcess("subprocess_do", sub -> {
                    var inner = sub.embeddedSubProcess();
                    inner.eventSubProcess("subprocess_no_data", esp -> esp.startEvent("start_no_data").error("no-data")
                            .serviceTask("task_fill_gaps", t -> t.zeebeJobType("pdsa.fill")).endEvent("end_filled"));
                    inner.startEvent("start_do").serviceTask("task_measure", t -> t.zeebeJobType("pdsa.measure")).endEvent("end_do");
                })
                .serviceTask("task_study", t -> t.zeebeJobType("pdsa.study"))
                .endEvent("end")
                .done(), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of());

        // when the task inside throws
        client.newThrowErrorCommand(engine.oneJob("pdsa.measure")).errorCode("no-data").send().join();

        // then the event sub-process runs in the sub-process, which then completes normally and the flow goes on
        engine.complete(engine.oneJob("pdsa.fill"));
        engine.complete(engine.oneJob("pdsa.study"));
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldEndEveryInstanceOfAMultiInstanceBodyWhenItsBoundaryTimerFires() {
        // given a parallel multi-instance task with a timer on its body
        engine.deploy(Bpmn.createExecutableProcess("cycle")
                .startEvent("start")
                .serviceTask("task_measure", t -> t.zeebeJobType("pdsa.measure")
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("providers").zeebeInputElement("provider")))
                .serviceTask("task_study", t -> t.zeebeJobType("pdsa.study"))
                .endEvent("end")
                .moveToActivity("task_measure")
                .boundaryEvent("timer_deadline").timerWithDuration("P1D")
                .serviceTask("task_chase", t -> t.zeebeJobType("pdsa.chase")).endEvent("end_chased")
                .done(), "cycle.bpmn");
        long instance = engine.start("cycle", Map.of("providers", List.of("p1", "p2", "p3")));
        List<ActivatedJob> measures = engine.jobs("pdsa.measure");
        assertThat(measures).hasSize(3);
        engine.complete(measures.get(0));

        // when
        engine.pin(T0.plus(Duration.ofDays(1)));

        // then the two open instances are gone with the body; the other path runs
        for (ActivatedJob open : measures.subList(1, 3)) {
            assertThatThrownBy(() -> client.newCompleteCommand(open).send().join())
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
        }
        engine.complete(engine.oneJob("pdsa.chase"));
        assertThat(engine.jobs("pdsa.study")).isEmpty();
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }
}
