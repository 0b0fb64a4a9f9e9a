package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pdsa.local.engine.TestJobs.incidents;
import static org.pdsa.local.engine.TestJobs.none;
import static org.pdsa.local.engine.TestJobs.one;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.CallActivityBuilder;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class CallActivityProcessTest {

    /** The called process: start → task_review (job pdsa.review) → end. */
    private static BpmnModelInstance child(String versionTag) {
        var process = Bpmn.createExecutableProcess("review");
        if (versionTag != null) process.versionTag(versionTag);
        return process.startEvent("start_review")
                .serviceTask("task_review", t -> t.zeebeJobType("pdsa.review"))
                .endEvent("end_review")
                .done();
    }

    /** The caller: start → call_review → task_after (job pdsa.after) → end. */
    private static BpmnModelInstance parent(Consumer<CallActivityBuilder> call) {
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

    private static void deploy(CamundaClient client, BpmnModelInstance model, String name) {
        client.newDeployResourceCommand().addProcessModel(model, name).send().join();
    }

    private static long start(CamundaClient client, Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId("cycle").latestVersion().variables(variables)
                .send().join().getProcessInstanceKey();
    }

    private static ProcessInstance instance(CamundaClient client, long key) {
        return client.newProcessInstanceGetRequest(key).send().join();
    }

    @Test
    void shouldRunTheCalledProcessWithEveryParentVariableAndPropagateItsVariablesBack(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, parent(c -> { }), "cycle.bpmn");

        // when
        long parentKey = start(client, Map.of("cycleId", "c-1", "round", 1));
        ActivatedJob review = one(client, "pdsa.review");

        // then the child is a separate instance pointing at its parent, with the parent's variables
        assertThat(review.getProcessInstanceKey()).isNotEqualTo(parentKey);
        assertThat(review.getRootProcessInstanceKey()).as("the job's root instance").isEqualTo(parentKey);
        ProcessInstance child = instance(client, review.getProcessInstanceKey());
        assertThat(child.getProcessDefinitionId()).isEqualTo("review");
        assertThat(child.getParentProcessInstanceKey()).isEqualTo(parentKey);
        assertThat(child.getParentElementInstanceKey()).isNotNull().isNotEqualTo(parentKey);
        assertThat(review.getVariablesAsMap()).containsEntry("cycleId", "c-1").containsEntry("round", 1);

        // when the child completes, its variables come back (propagateAllChildVariables defaults to true)
        client.newCompleteCommand(review).variables(Map.of("approved", true, "round", 2)).send().join();
        ActivatedJob after = one(client, "pdsa.after");
        assertThat(after.getProcessInstanceKey()).isEqualTo(parentKey);
        assertThat(after.getRootProcessInstanceKey()).isEqualTo(parentKey);
        assertThat(after.getVariablesAsMap()).containsEntry("approved", true).containsEntry("round", 2);
        assertThat(instance(client, review.getProcessInstanceKey()).getState()).isEqualTo(ProcessInstanceState.COMPLETED);
        client.newCompleteCommand(after).send().join();
        assertThat(instance(client, parentKey).getState()).isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void shouldPassOnlyInputMappingsWhenPropagateAllParentVariablesIsFalse(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, parent(c -> c.zeebePropagateAllParentVariables(false).zeebeInputExpression("cycleId", "reviewOf")),
                "cycle.bpmn");

        // when
        start(client, Map.of("cycleId", "c-1", "secret", "s"));

        // then
        assertThat(one(client, "pdsa.review").getVariablesAsMap()).containsOnlyKeys("reviewOf").containsEntry("reviewOf", "c-1");
    }

    @Test
    void shouldDropChildVariablesWhenPropagateAllChildVariablesIsFalse(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, parent(c -> c.zeebePropagateAllChildVariables(false)), "cycle.bpmn");
        start(client, Map.of("cycleId", "c-1"));

        // when
        client.newCompleteCommand(one(client, "pdsa.review")).variables(Map.of("approved", true)).send().join();

        // then
        assertThat(one(client, "pdsa.after").getVariablesAsMap()).containsOnlyKeys("cycleId");
    }

    @Test
    void shouldLetOutputMappingsPickChildVariablesWhateverThePropagationFlag(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, parent(c -> c.zeebePropagateAllChildVariables(false).zeebeOutputExpression("approved", "reviewApproved")),
                "cycle.bpmn");
        start(client, Map.of("cycleId", "c-1"));

        // when
        client.newCompleteCommand(one(client, "pdsa.review")).variables(Map.of("approved", true, "notes", "n")).send().join();

        // then only the mapped variable reached the parent
        assertThat(one(client, "pdsa.after").getVariablesAsMap()).containsOnlyKeys("cycleId", "reviewApproved")
                .containsEntry("reviewApproved", true);
    }

    @Test
    void shouldCallTheProcessNamedByAnExpression(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, Bpmn.createExecutableProcess("cycle").startEvent()
                .callActivity("call_dynamic", c -> c.zeebeProcessIdExpression("kind + \"\""))
                .endEvent().done(), "cycle.bpmn");

        // when
        start(client, Map.of("kind", "review"));

        // then
        assertThat(one(client, "pdsa.review").getBpmnProcessId()).isEqualTo("review");
    }

    @Test
    void shouldCallTheVersionWithTheVersionTagOrFromTheSameDeployment(CamundaClient client) {
        // given review v1 (tag "v1") deployed together with both callers, then review v2 (tag "v2")
        client.newDeployResourceCommand()
                .addProcessModel(child("v1"), "review.bpmn")
                .addProcessModel(parent(c -> c.zeebeBindingType(ZeebeBindingType.deployment)), "cycle.bpmn")
                .addProcessModel(Bpmn.createExecutableProcess("tagged").startEvent()
                        .callActivity("call_tagged", c -> c.zeebeProcessId("review").zeebeBindingType(ZeebeBindingType.versionTag)
                                .zeebeVersionTag("v1"))
                        .endEvent().done(), "tagged.bpmn")
                .send().join();
        deploy(client, Bpmn.createExecutableProcess("review").versionTag("v2").startEvent()
                .serviceTask("task_review_v2", t -> t.zeebeJobType("pdsa.review")).endEvent().done(), "review.bpmn");

        // when
        start(client, Map.of());
        client.newCreateInstanceCommand().bpmnProcessId("tagged").latestVersion().send().join();

        // then both call version 1, not the latest
        var jobs = TestJobs.activate(client, "pdsa.review", 2);
        assertThat(jobs).allSatisfy(job -> {
            assertThat(job.getElementId()).isEqualTo("task_review");
            assertThat(job.getProcessDefinitionVersion()).isEqualTo(1);
        });
    }

    @Test
    void shouldTerminateTheCalledInstanceWhenTheParentIsCancelled(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, parent(c -> { }), "cycle.bpmn");
        long parentKey = start(client, Map.of());
        ActivatedJob review = one(client, "pdsa.review");

        // when
        client.newCancelInstanceCommand(parentKey).send().join();

        // then
        assertThat(instance(client, parentKey).getState()).isEqualTo(ProcessInstanceState.TERMINATED);
        assertThat(instance(client, review.getProcessInstanceKey()).getState()).isEqualTo(ProcessInstanceState.TERMINATED);
        assertThatThrownBy(() -> client.newCompleteCommand(review).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldRefuseToCancelACalledInstanceDirectly(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, parent(c -> { }), "cycle.bpmn");
        long parentKey = start(client, Map.of());
        long childKey = one(client, "pdsa.review").getProcessInstanceKey();

        // then
        assertThatThrownBy(() -> client.newCancelInstanceCommand(childKey).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains(Long.toString(parentKey));
                });
        assertThat(instance(client, childKey).getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    }

    @Test
    void shouldRaiseTheIncidentOfAFailingChildOnTheChild(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, parent(c -> { }), "cycle.bpmn");
        long parentKey = start(client, Map.of());
        ActivatedJob review = one(client, "pdsa.review");

        // when
        client.newFailCommand(review).retries(0).errorMessage("reviewer unavailable").send().join();

        // then the incident belongs to the child; the parent just waits
        assertThat(incidents(client, review.getProcessInstanceKey())).singleElement().satisfies(incident -> {
            assertThat(incident.getElementId()).isEqualTo("task_review");
            assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
        });
        assertThat(instance(client, review.getProcessInstanceKey()).getHasIncident()).isTrue();
        assertThat(incidents(client, parentKey)).isEmpty();
        assertThat(instance(client, parentKey).getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    }

    @Test
    void shouldRaiseUnhandledErrorOnTheThrowerWhenNeitherChildNorParentCatchesIt(CamundaClient client) {
        // given (error catch events are not executable yet, so nothing can catch: the error is offered to the
        // parent's call activity, then becomes an incident where it was thrown, as in Zeebe)
        deploy(client, child(null), "review.bpmn");
        deploy(client, parent(c -> { }), "cycle.bpmn");
        long parentKey = start(client, Map.of());
        ActivatedJob review = one(client, "pdsa.review");

        // when
        client.newThrowErrorCommand(review).errorCode("REVIEW_REJECTED").errorMessage("not enough data").send().join();

        // then
        assertThat(incidents(client, review.getProcessInstanceKey())).singleElement().satisfies(incident -> {
            assertThat(incident.getElementId()).isEqualTo("task_review");
            assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT);
            assertThat(incident.getErrorMessage()).contains("REVIEW_REJECTED");
        });
        assertThat(incidents(client, parentKey)).isEmpty();
    }

    @Test
    void shouldRaiseCalledElementErrorWhenTheProcessIsNotDeployedAndContinueOnceItIs(CamundaClient client) {
        // given
        deploy(client, parent(c -> { }), "cycle.bpmn");
        long parentKey = start(client, Map.of());
        var incident = incidents(client, parentKey).get(0);
        assertThat(incident.getElementId()).isEqualTo("call_review");
        assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.CALLED_ELEMENT_ERROR);
        assertThat(incident.getErrorMessage()).contains("review");

        // when the called process is deployed and the incident resolved
        deploy(client, child(null), "review.bpmn");
        client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

        // then the call goes ahead
        assertThat(one(client, "pdsa.review").getBpmnProcessId()).isEqualTo("review");
        assertThat(incidents(client, parentKey)).isEmpty();
    }

    @Test
    void shouldCompleteWithTheCallersResultWhenAwaited(CamundaClient client) {
        // given
        deploy(client, child(null), "review.bpmn");
        deploy(client, Bpmn.createExecutableProcess("cycle").startEvent().callActivity("call_review", c -> c.zeebeProcessId("review"))
                .endEvent().done(), "cycle.bpmn");
        var result = client.newCreateInstanceCommand().bpmnProcessId("cycle").latestVersion().variables(Map.of("a", 1))
                .withResult().requestTimeout(Duration.ofSeconds(20)).send();

        // when
        client.newCompleteCommand(one(client, "pdsa.review")).variables(Map.of("b", 2)).send().join();

        // then
        assertThat(result.join().getVariablesAsMap()).containsEntry("a", 1).containsEntry("b", 2);
        assertThat(none(client, "pdsa.review")).isEmpty();
    }
}
