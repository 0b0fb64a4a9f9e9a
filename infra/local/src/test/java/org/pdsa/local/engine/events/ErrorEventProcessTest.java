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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class ErrorEventProcessTest {
    private CamundaClient client;
    private EventTestClient engine;

    @BeforeEach
    void pinClock(CamundaClient client) {
        this.client = client;
        this.engine = new EventTestClient(client);
        engine.pin(T0);
    }

    private static BpmnModelInstance taskWithErrorBoundaries() {
        return Bpmn.createExecutableProcess("fetching")
                .startEvent("start")
                .serviceTask("task_fetch", t -> t.zeebeJobType("pdsa.fetch"))
                .boundaryEvent("error_no_data", b -> b.error("no-data").serviceTask("task_no_data", t -> t.zeebeJobType("pdsa.no-data")).endEvent())
                .moveToActivity("task_fetch")
                .boundaryEvent("error_any", b -> b.error().serviceTask("task_any_error", t -> t.zeebeJobType("pdsa.any-error")).endEvent())
                .moveToActivity("task_fetch")
                .endEvent("end")
                .done();
    }

    @Test
    void shouldCatchAWorkersErrorOnTheBoundaryEventWithItsCodeAndKeepItsVariables() {
        // given
        engine.deploy(taskWithErrorBoundaries(), "fetching.bpmn");
        long instance = engine.start("fetching", Map.of());
        ActivatedJob fetch = engine.oneJob("pdsa.fetch");

        // when
        client.newThrowErrorCommand(fetch).errorCode("no-data").errorMessage("provider sent nothing")
                .variables(Map.of("reason", "empty")).send().join();

        // then the specific event wins over the catch-all, the task is gone, the variables arrived
        assertThat(engine.jobs("pdsa.any-error")).isEmpty();
        ActivatedJob handled = engine.oneJob("pdsa.no-data");
        assertThat(handled.getVariablesAsMap()).containsEntry("reason", "empty");
        assertThatThrownBy(() -> client.newCompleteCommand(fetch).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
        engine.complete(handled);
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldCatchAnyOtherCodeWithTheCatchAllBoundaryEvent() {
        // given
        engine.deploy(taskWithErrorBoundaries(), "fetching.bpmn");
        engine.start("fetching", Map.of());

        // when
        client.newThrowErrorCommand(engine.oneJob("pdsa.fetch")).errorCode("timeout").send().join();

        // then
        assertThat(engine.jobs("pdsa.no-data")).isEmpty();
        assertThat(engine.jobs("pdsa.any-error")).hasSize(1);
    }

    private static BpmnModelInstance throwingEndEvent() {
        return Bpmn.createExecutableProcess("rejecting")
                .eventSubProcess("subprocess_rejected", esp -> esp.startEvent("start_rejected").error("rejected")
                        .serviceTask("task_handle", t -> t.zeebeJobType("pdsa.handle")).endEvent("end_handled"))
                .startEvent("start")
                .endEvent("end_error", e -> e.errorExpression("code"))
                .done();
    }

    @Test
    void shouldThrowAFeelErrorCodeFromAnEndEventToAnErrorEventSubProcess() {
        // given
        engine.deploy(throwingEndEvent(), "rejecting.bpmn");

        // when
        long instance = engine.start("rejecting", Map.of("code", "rejected"));

        // then
        ActivatedJob handle = engine.oneJob("pdsa.handle");
        assertThat(handle.getProcessInstanceKey()).isEqualTo(instance);
        engine.complete(handle);
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRaiseAnUnhandledErrorIncidentWhenNothingCatchesTheError() {
        // given
        engine.deploy(throwingEndEvent(), "rejecting.bpmn");

        // when
        long instance = engine.start("rejecting", Map.of("code", "lost"));

        // then
        assertThat(engine.incidents(instance)).singleElement().satisfies(i -> {
            assertThat(i.getErrorType().name()).isEqualTo("UNHANDLED_ERROR_EVENT");
            assertThat(i.getElementId()).isEqualTo("end_error");
            assertThat(i.getErrorMessage()).contains("'lost'").contains("rejected");
        });
        assertThat(engine.jobs("pdsa.handle")).isEmpty();
    }

    @Test
    void shouldPropagateAnErrorOutOfAnEventSubProcessToTheProcessLevel() {
        // given a reminder sub-process (non-interrupting timer) whose task fails with a BPMN error no one inside catches
        engine.deploy(Bpmn.createExecutableProcess("escalating")
                .eventSubProcess("subprocess_remind", esp -> esp.startEvent("start_remind").interrupting(false).timerWithDuration("PT1H")
                        .serviceTask("task_remind", t -> t.zeebeJobType("pdsa.remind")).endEvent())
                .eventSubProcess("subprocess_recover", esp -> esp.startEvent("start_recover").error()
                        .serviceTask("task_recover", t -> t.zeebeJobType("pdsa.recover")).endEvent())
                .startEvent("start")
                .serviceTask("task_main", t -> t.zeebeJobType("pdsa.main"))
                .endEvent()
                .done(), "escalating.bpmn");
        engine.start("escalating", Map.of());
        engine.pin(T0.plus(Duration.ofHours(1)));

        // when
        client.newThrowErrorCommand(engine.oneJob("pdsa.remind")).errorCode("mail-down").send().join();

        // then the process-level error sub-process caught it and ended everything else
        assertThat(engine.jobs("pdsa.recover")).hasSize(1);
        assertThat(engine.jobs("pdsa.main")).isEmpty();
    }

    @Test
    void shouldStoreTheCaughtErrorsCodeAndMessageInTheNamedVariables() {
        // given an error boundary event with zeebe:error errorCodeVariable / errorMessageVariable
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess("noted").startEvent()
                .serviceTask("task_call", t -> t.zeebeJobType("pdsa.call"))
                .boundaryEvent("error_caught", b -> b.error().serviceTask("task_note", t -> t.zeebeJobType("pdsa.note")).endEvent())
                .moveToActivity("task_call").endEvent().done());
        xml = xml.replaceFirst("(<(\\w+:)?errorEventDefinition[^>]*?)/>",
                "$1><$2extensionElements><zeebe:error xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\" errorCodeVariable=\"caughtCode\" errorMessageVariable=\"caughtMessage\"/>"
                        + "</$2extensionElements></$2errorEventDefinition>");
        client.newDeployResourceCommand().addResourceString(xml, StandardCharsets.UTF_8, "noted.bpmn").send().join();
        engine.start("noted", Map.of());

        // when
        client.newThrowErrorCommand(engine.oneJob("pdsa.call")).errorCode("busy").errorMessage("line busy").send().join();

        // then
        assertThat(engine.oneJob("pdsa.note").getVariablesAsMap()).containsEntry("caughtCode", "busy")
                .containsEntry("caughtMessage", "line busy");
    }

    @Test
    void shouldRefuseAnErrorEndEventWithoutErrorCode() {
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess("no_code").startEvent()
                .endEvent("end_error", e -> e.error("x")).done()).replaceAll("errorCode=\"x\"", "");
        assertThatThrownBy(() -> client.newDeployResourceCommand().addResourceString(xml, StandardCharsets.UTF_8, "no_code.bpmn")
                .send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("end_error").contains("ErrorCode must be present");
                });
    }
}
