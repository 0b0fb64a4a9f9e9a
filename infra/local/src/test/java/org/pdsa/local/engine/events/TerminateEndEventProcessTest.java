package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.local.engine.events.EventTestClient.T0;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class TerminateEndEventProcessTest {
    private EventTestClient engine;

    @BeforeEach
    void pinClock(CamundaClient client) {
        this.engine = new EventTestClient(client);
        engine.pin(T0);
        // a task with a non-interrupting deadline branch that ends the whole instance with a terminate end event
        engine.deploy(Bpmn.createExecutableProcess("deadline").startEvent()
                .serviceTask("task_collect", t -> t.zeebeJobType("pdsa.collect"))
                .boundaryEvent("timer_deadline", b -> b.cancelActivity(false).timerWithDuration("P1D")
                        .serviceTask("task_close", t -> t.zeebeJobType("pdsa.close")).endEvent("end_terminate", e -> e.terminate()))
                .endEvent("end")
                .done(), "deadline.bpmn");
    }

    @Test
    void shouldTerminateEverythingElseAndCompleteTheInstance() {
        // given
        long instance = engine.start("deadline", Map.of());
        engine.pin(T0.plus(Duration.ofDays(1)));
        var collect = engine.oneJob("pdsa.collect");

        // when
        engine.complete(engine.oneJob("pdsa.close"));

        // then the concurrent task is gone and the instance completed (Zeebe completes, not terminates, the scope)
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.jobs("pdsa.collect")).isEmpty();
        assertThat(collect.getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void shouldNotReachTheTerminateEndEventWhenTheTaskCompletesFirst() {
        // given
        long instance = engine.start("deadline", Map.of());

        // when
        engine.complete(engine.oneJob("pdsa.collect"));
        engine.pin(T0.plus(Duration.ofDays(2)));

        // then
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.jobs("pdsa.close")).isEmpty();
    }
}
