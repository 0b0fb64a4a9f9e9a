package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.events.EventTestClient.T0;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class EventBasedGatewayProcessTest {
    private CamundaClient client;
    private EventTestClient engine;

    @BeforeEach
    void pinClock(CamundaClient client) {
        this.client = client;
        this.engine = new EventTestClient(client);
        engine.pin(T0);
    }

    private static BpmnModelInstance approvalOrTimeout() {
        return Bpmn.createExecutableProcess("approval")
                .startEvent("start")
                .eventBasedGateway("gateway_wait")
                .intermediateCatchEvent("message_approved", e -> e.message(m -> m.name("approved").zeebeCorrelationKeyExpression("planId"))
                        .zeebeOutputExpression("approver", "approvedBy"))
                .serviceTask("task_start_cycle", t -> t.zeebeJobType("pdsa.start-cycle")).endEvent("end_started")
                .moveToLastGateway()
                .intermediateCatchEvent("timer_week", e -> e.timerWithDuration("P7D"))
                .serviceTask("task_chase", t -> t.zeebeJobType("pdsa.chase")).endEvent("end_chased")
                .done();
    }

    @Test
    void shouldFollowTheMessageWhenItComesFirstAndCloseTheTimer() {
        // given
        engine.deploy(approvalOrTimeout(), "approval.bpmn");
        long instance = engine.start("approval", Map.of("planId", "p-1"));

        // when
        client.newPublishMessageCommand().messageName("approved").correlationKey("p-1").variables(Map.of("approver", "ann"))
                .send().join();
        engine.pin(T0.plus(Duration.ofDays(8)));

        // then
        assertThat(engine.oneJob("pdsa.start-cycle").getVariablesAsMap()).containsEntry("approvedBy", "ann");
        assertThat(engine.jobs("pdsa.chase")).isEmpty();
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldFollowTheTimerWhenItFiresFirstAndCloseTheMessageSubscription() {
        // given
        engine.deploy(approvalOrTimeout(), "approval.bpmn");
        engine.start("approval", Map.of("planId", "p-1"));

        // when
        engine.pin(T0.plus(Duration.ofDays(7)));

        // then
        assertThat(engine.jobs("pdsa.chase")).hasSize(1);
        assertThatThrownBy(() -> client.newCorrelateMessageCommand().messageName("approved").correlationKey("p-1").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
        assertThat(engine.jobs("pdsa.start-cycle")).isEmpty();
    }

    @Test
    void shouldTakeABufferedMessageWhenTheGatewayIsReached() {
        // given
        engine.deploy(approvalOrTimeout(), "approval.bpmn");
        client.newPublishMessageCommand().messageName("approved").correlationKey("p-2").timeToLive(Duration.ofHours(1)).send().join();

        // when
        engine.start("approval", Map.of("planId", "p-2"));

        // then
        assertThat(engine.jobs("pdsa.start-cycle")).hasSize(1);
    }

    @Test
    void shouldRaiseAnIncidentOnTheGatewayWhenASubscriptionCannotBeOpened() {
        // given
        engine.deploy(approvalOrTimeout(), "approval.bpmn");

        // when the correlation key variable is missing
        long instance = engine.start("approval", Map.of());

        // then
        assertThat(engine.incidents(instance)).singleElement().satisfies(i -> {
            assertThat(i.getElementId()).isEqualTo("gateway_wait");
            assertThat(i.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
        });
        engine.pin(T0.plus(Duration.ofDays(8)));
        assertThat(engine.jobs("pdsa.chase")).isEmpty();
    }
}
