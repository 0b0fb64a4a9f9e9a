package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.events.EventTestClient.T0;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class MessageEventProcessTest {
    private CamundaClient client;
    private EventTestClient engine;

    @BeforeEach
    void pinClock(CamundaClient client) {
        this.client = client;
        this.engine = new EventTestClient(client);
        engine.pin(T0);
    }

    private static BpmnModelInstance waitForPayment(boolean withOutputMapping) {
        return Bpmn.createExecutableProcess("order")
                .startEvent("start")
                .intermediateCatchEvent("message_paid", e -> {
                    e.message(m -> m.name("payment-received").zeebeCorrelationKeyExpression("orderId"));
                    if (withOutputMapping) e.zeebeOutputExpression("amount", "paidAmount");
                })
                .serviceTask("task_ship", t -> t.zeebeJobType("pdsa.ship"))
                .endEvent("end")
                .done();
    }

    private void publish(String name, String key, Duration ttl, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(name).correlationKey(key).timeToLive(ttl).variables(variables).send().join();
    }

    @Test
    void shouldCorrelateAPublishedMessageToTheWaitingInstanceAndMergeItsVariables() {
        // given
        engine.deploy(waitForPayment(false), "order.bpmn");
        long other = engine.start("order", Map.of("orderId", "o-2"));
        long instance = engine.start("order", Map.of("orderId", "o-1"));

        // when
        publish("payment-received", "o-1", Duration.ZERO, Map.of("amount", 25));

        // then only the instance with that key moves on, with the message's variables
        ActivatedJob ship = engine.oneJob("pdsa.ship");
        assertThat(ship.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(ship.getVariablesAsMap()).containsEntry("amount", 25).containsEntry("orderId", "o-1");
        assertThat(engine.state(other)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldLetOutputMappingsDecideWhatTheMessageLeaves() {
        // given
        engine.deploy(waitForPayment(true), "order.bpmn");
        engine.start("order", Map.of("orderId", "o-1"));

        // when
        publish("payment-received", "o-1", Duration.ZERO, Map.of("amount", 25));

        // then
        assertThat(engine.oneJob("pdsa.ship").getVariablesAsMap()).containsEntry("paidAmount", 25).doesNotContainKey("amount");
    }

    @Test
    void shouldCorrelateABufferedMessageToAnInstanceThatSubscribesLater() {
        // given
        engine.deploy(waitForPayment(false), "order.bpmn");
        publish("payment-received", "o-1", Duration.ofHours(1), Map.of("amount", 7));

        // when
        long instance = engine.start("order", Map.of("orderId", "o-1"));

        // then
        ActivatedJob ship = engine.oneJob("pdsa.ship");
        assertThat(ship.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(ship.getVariablesAsMap()).containsEntry("amount", 7);
    }

    @Test
    void shouldDropABufferedMessageWhenItsTimeToLivePasses() {
        // given
        engine.deploy(waitForPayment(false), "order.bpmn");
        publish("payment-received", "o-1", Duration.ofMinutes(1), Map.of());

        // when
        engine.pin(T0.plus(Duration.ofMinutes(2)));
        long instance = engine.start("order", Map.of("orderId", "o-1"));

        // then
        assertThat(engine.jobs("pdsa.ship")).isEmpty();
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldRefuseADuplicateMessageIdWhileTheFirstIsBuffered() {
        // given
        client.newPublishMessageCommand().messageName("payment-received").correlationKey("o-1").messageId("pay-1")
                .timeToLive(Duration.ofMinutes(10)).send().join();

        // when / then
        assertThatThrownBy(() -> client.newPublishMessageCommand().messageName("payment-received").correlationKey("o-1")
                .messageId("pay-1").timeToLive(Duration.ofMinutes(10)).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.details().getDetail()).contains("pay-1");
                });

        // and after the first expired, the id is free again
        engine.pin(T0.plus(Duration.ofMinutes(11)));
        client.newPublishMessageCommand().messageName("payment-received").correlationKey("o-1").messageId("pay-1")
                .timeToLive(Duration.ofMinutes(10)).send().join();
    }

    @Test
    void shouldCorrelateImmediatelyOrAnswerNotFound() {
        // given
        engine.deploy(waitForPayment(false), "order.bpmn");
        long instance = engine.start("order", Map.of("orderId", "o-1"));

        // when / then
        var correlated = client.newCorrelateMessageCommand().messageName("payment-received").correlationKey("o-1")
                .variables(Map.of("amount", 3)).send().join();
        assertThat(correlated.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(correlated.getMessageKey()).isPositive();
        assertThatThrownBy(() -> client.newCorrelateMessageCommand().messageName("payment-received").correlationKey("o-1")
                .send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldCompleteAReceiveTaskWithAMessage() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("receiving").startEvent()
                .receiveTask("task_receive", r -> r.message(m -> m.name("signed").zeebeCorrelationKeyExpression("contract")))
                .serviceTask("task_file", t -> t.zeebeJobType("pdsa.file")).endEvent().done(), "receiving.bpmn");
        long instance = engine.start("receiving", Map.of("contract", 12345));

        // when a numeric correlation key is used as text
        publish("signed", "12345", Duration.ZERO, Map.of("by", "ann"));

        // then
        assertThat(engine.oneJob("pdsa.file").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void shouldStartAnInstancePerMessageButOnlyOneActivePerCorrelationKey() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("intake").startEvent("start_referral").message("referral-received")
                .serviceTask("task_triage", t -> t.zeebeJobType("pdsa.triage")).endEvent().done(), "intake.bpmn");

        // when two messages with the same key arrive, the second buffered
        publish("referral-received", "patient-7", Duration.ZERO, Map.of("n", 1));
        publish("referral-received", "patient-7", Duration.ofHours(1), Map.of("n", 2));
        publish("referral-received", "patient-8", Duration.ZERO, Map.of("n", 3));

        // then one instance per key is active
        var first = engine.jobs("pdsa.triage");
        assertThat(first).extracting(j -> j.getVariablesAsMap().get("n")).containsExactlyInAnyOrder(1, 3);

        // when the first instance for the key ends, the buffered message starts the next one
        first.forEach(engine::complete);
        assertThat(engine.oneJob("pdsa.triage").getVariablesAsMap()).containsEntry("n", 2);
    }

    @Test
    void shouldRefuseToCreateAnInstanceOfAProcessThatOnlyAMessageStarts() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("intake").startEvent("start_referral").message("referral-received")
                .endEvent().done(), "intake.bpmn");

        // when / then
        assertThatThrownBy(() -> engine.start("intake", Map.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.details().getDetail()).contains("none start event");
                });
    }

    @Test
    void shouldInterruptTheTaskWithAMessageBoundaryEvent() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("cancellable").startEvent()
                .serviceTask("task_work", t -> t.zeebeJobType("pdsa.work"))
                .boundaryEvent("message_cancel", b -> b.message(m -> m.name("cancel").zeebeCorrelationKeyExpression("id"))
                        .serviceTask("task_undo", t -> t.zeebeJobType("pdsa.undo")).endEvent())
                .endEvent().done(), "cancellable.bpmn");
        long instance = engine.start("cancellable", Map.of("id", "c-1"));

        // when
        publish("cancel", "c-1", Duration.ZERO, Map.of("reason", "duplicate"));

        // then
        assertThat(engine.jobs("pdsa.work")).isEmpty();
        assertThat(engine.oneJob("pdsa.undo").getVariablesAsMap()).containsEntry("reason", "duplicate");
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldRunBesideTheTaskForEachMessageWithANonInterruptingBoundaryEvent() {
        // given
        engine.deploy(Bpmn.createExecutableProcess("nudged").startEvent()
                .serviceTask("task_work", t -> t.zeebeJobType("pdsa.work"))
                .boundaryEvent("message_nudge", b -> b.cancelActivity(false)
                        .message(m -> m.name("nudge").zeebeCorrelationKeyExpression("id"))
                        .serviceTask("task_reply", t -> t.zeebeJobType("pdsa.reply")).endEvent())
                .endEvent().done(), "nudged.bpmn");
        engine.start("nudged", Map.of("id", "n-1"));

        // when
        publish("nudge", "n-1", Duration.ZERO, Map.of());
        publish("nudge", "n-1", Duration.ZERO, Map.of());

        // then
        assertThat(engine.jobs("pdsa.reply")).hasSize(2);
        assertThat(engine.jobs("pdsa.work")).hasSize(1);
    }

    @Test
    void shouldCorrelateOneMessageToOnlyOneInstanceOfAProcess() {
        // given two instances of the same process waiting for the same name and key
        engine.deploy(waitForPayment(false), "order.bpmn");
        long first = engine.start("order", Map.of("orderId", "shared"));
        engine.start("order", Map.of("orderId", "shared"));

        // when
        publish("payment-received", "shared", Duration.ofHours(1), Map.of());

        // then the oldest subscription got it, and the buffered message is not given to the other
        assertThat(engine.oneJob("pdsa.ship").getProcessInstanceKey()).isEqualTo(first);
        engine.pin(T0.plus(Duration.ofMinutes(1)));
        assertThat(engine.jobs("pdsa.ship")).isEmpty();
    }

    @Test
    void shouldRaiseAnIncidentWhenTheCorrelationKeyIsNeitherTextNorNumber() {
        // given
        engine.deploy(waitForPayment(false), "order.bpmn");

        // when
        long instance = engine.start("order", Map.of("orderId", Map.of("id", 1)));

        // then
        assertThat(engine.incidents(instance)).singleElement().satisfies(i -> {
            assertThat(i.getElementId()).isEqualTo("message_paid");
            assertThat(i.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
            assertThat(i.getErrorMessage()).contains("correlation key");
        });
    }

    @Test
    void shouldListOpenSubscriptionsInTheSearch() {
        // given
        engine.deploy(waitForPayment(false), "order.bpmn");
        long instance = engine.start("order", Map.of("orderId", "o-9"));

        // when
        var items = client.newMessageSubscriptionSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();

        // then
        assertThat(items).singleElement().satisfies(s -> {
            assertThat(s.getMessageName()).isEqualTo("payment-received");
            assertThat(s.getCorrelationKey()).isEqualTo("o-9");
            assertThat(s.getElementId()).isEqualTo("message_paid");
        });
    }

    @Test
    void shouldRefuseAPublicationWithoutName() {
        assertThatThrownBy(() -> client.newPublishMessageCommand().messageName("").correlationKey("x").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(400));
    }
}
