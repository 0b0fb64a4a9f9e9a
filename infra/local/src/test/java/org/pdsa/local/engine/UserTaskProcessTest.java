package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.UserTaskBuilder;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class UserTaskProcessTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private CamundaClient client;

    @BeforeEach
    void pinClock(CamundaClient client) {
        this.client = client;
        client.newPinClockCommand().time(T0).send().join();
    }

    private static BpmnModelInstance review(Consumer<UserTaskBuilder> task) {
        return Bpmn.createExecutableProcess("review")
                .startEvent("start")
                .userTask("task_review", u -> task.accept(u.name("Review the cycle").zeebeUserTask()))
                .endEvent("end")
                .done();
    }

    private long start(BpmnModelInstance model, Map<String, Object> variables) {
        client.newDeployResourceCommand().addProcessModel(model, "review.bpmn").send().join();
        return client.newCreateInstanceCommand().bpmnProcessId("review").latestVersion().variables(variables).send().join()
                .getProcessInstanceKey();
    }

    private UserTask taskOf(long instance) {
        List<UserTask> tasks = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private List<Incident> incidentsOf(long instance) {
        return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();
    }

    private void deployForm(String id, String label) {
        String form = "{\"id\": \"" + id + "\", \"type\": \"default\", \"components\": [{\"type\": \"textfield\", \"key\": \"note\", \"label\": \""
                + label + "\"}]}";
        client.newDeployResourceCommand().addResourceString(form, StandardCharsets.UTF_8, id + ".form").send().join();
    }

    @Test
    void shouldCreateTaskWithStaticAssignmentScheduleFormReferencePriorityAndHeaders() {
        // given
        long instance = start(review(u -> u.zeebeAssignee("alice").zeebeCandidateGroups("improvement, quality")
                .zeebeCandidateUsers("bob,carol").zeebeDueDate("2030-01-05T17:00:00+01:00").zeebeFollowUpDate("2030-01-03T09:00:00Z")
                .zeebeTaskPriority("80").zeebeExternalFormReference("https://forms.example/review").zeebeTaskHeader("stage", "study")),
                Map.of());

        // when
        UserTask task = client.newUserTaskGetRequest(taskOf(instance).getUserTaskKey()).send().join();

        // then
        assertThat(task.getState()).isEqualTo(UserTaskState.CREATED);
        assertThat(task.getName()).isEqualTo("Review the cycle");
        assertThat(task.getAssignee()).isEqualTo("alice");
        assertThat(task.getCandidateGroups()).containsExactly("improvement", "quality");
        assertThat(task.getCandidateUsers()).containsExactly("bob", "carol");
        assertThat(task.getDueDate()).isEqualTo(OffsetDateTime.parse("2030-01-05T17:00:00+01:00"));
        assertThat(task.getFollowUpDate()).isEqualTo(OffsetDateTime.parse("2030-01-03T09:00:00Z"));
        assertThat(task.getPriority()).isEqualTo(80);
        assertThat(task.getExternalFormReference()).isEqualTo("https://forms.example/review");
        assertThat(task.getCustomHeaders()).containsEntry("stage", "study");
        assertThat(task.getCreationDate().toInstant()).isEqualTo(T0);
        assertThat(task.getElementId()).isEqualTo("task_review");
        assertThat(task.getBpmnProcessId()).isEqualTo("review");
        assertThat(task.getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void shouldEvaluateFeelPropertiesAgainstTheInstanceAndTheEngineClock() {
        // given
        long instance = start(review(u -> u.zeebeAssigneeExpression("owner").zeebeCandidateGroupsExpression("teams")
                .zeebeCandidateUsersExpression("\"dana, erin\"").zeebeDueDateExpression("now() + duration(\"P2D\")")
                .zeebeFollowUpDateExpression("date and time(\"2030-01-02T08:00:00@Europe/London\")")
                .zeebeTaskPriorityExpression("urgency * 10")),
                Map.of("owner", "frank", "teams", List.of("ward-a", "ward-b"), "urgency", 9));

        // when
        UserTask task = taskOf(instance);

        // then
        assertThat(task.getAssignee()).isEqualTo("frank");
        assertThat(task.getCandidateGroups()).containsExactly("ward-a", "ward-b");
        assertThat(task.getCandidateUsers()).containsExactly("dana", "erin");
        assertThat(task.getDueDate().toInstant()).isEqualTo(T0.plusSeconds(2 * 24 * 3600));
        assertThat(task.getFollowUpDate().toInstant()).isEqualTo(Instant.parse("2030-01-02T08:00:00Z"));
        assertThat(task.getPriority()).isEqualTo(90);
    }

    @Test
    void shouldUseDefaultPriorityAndNoAssignmentWhenNoneIsModelled() {
        UserTask task = taskOf(start(review(u -> { }), Map.of()));
        assertThat(task.getPriority()).isEqualTo(50);
        assertThat(task.getAssignee()).isNull();
        assertThat(task.getCandidateGroups()).isEmpty();
        assertThat(task.getDueDate()).isNull();
    }

    @Test
    void shouldRaiseIncidentWhenDueDateIsNotADateTimeAndCreateTheTaskOnceResolved() {
        // given
        long instance = start(review(u -> u.zeebeDueDateExpression("deadline")), Map.of("deadline", "next week"));
        List<Incident> incidents = incidentsOf(instance);
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
            assertThat(i.getErrorMessage()).contains("deadline").contains("next week");
            assertThat(i.getElementId()).isEqualTo("task_review");
        });
        assertThat(client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items()).isEmpty();

        // when the variable is fixed and the incident resolved
        client.newSetVariablesCommand(instance).variables(Map.of("deadline", "2030-02-01T12:00:00Z")).send().join();
        client.newResolveIncidentCommand(incidents.get(0).getIncidentKey()).send().join();

        // then
        assertThat(taskOf(instance).getDueDate()).isEqualTo(OffsetDateTime.parse("2030-02-01T12:00:00Z"));
        assertThat(incidentsOf(instance)).allSatisfy(i -> assertThat(i.getState().name()).isEqualTo("RESOLVED"));
    }

    @Test
    void shouldRaiseIncidentWhenPriorityIsOutOfRange() {
        long instance = start(review(u -> u.zeebeTaskPriorityExpression("level")), Map.of("level", 101));
        assertThat(incidentsOf(instance)).singleElement().satisfies(i -> {
            assertThat(i.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
            assertThat(i.getErrorMessage()).contains("between 0 and 100").contains("101");
        });
    }

    @Test
    void shouldRaiseIncidentWhenCandidateGroupsAreNotAListOfStrings() {
        long instance = start(review(u -> u.zeebeCandidateGroupsExpression("teams")), Map.of("teams", List.of(1, 2)));
        assertThat(incidentsOf(instance)).singleElement()
                .satisfies(i -> assertThat(i.getErrorMessage()).contains("teams").contains("ARRAY of STRING"));
    }

    @Test
    void shouldAssignReassignAndUnassign() {
        // given
        long key = taskOf(start(review(u -> { }), Map.of())).getUserTaskKey();

        // when / then
        client.newAssignUserTaskCommand(key).assignee("alice").send().join();
        assertThat(client.newUserTaskGetRequest(key).send().join().getAssignee()).isEqualTo("alice");
        client.newAssignUserTaskCommand(key).assignee("bob").send().join();
        assertThat(client.newUserTaskGetRequest(key).send().join().getAssignee()).isEqualTo("bob");
        client.newUnassignUserTaskCommand(key).send().join();
        assertThat(client.newUserTaskGetRequest(key).send().join().getAssignee()).isNull();
    }

    @Test
    void shouldRefuseToOverrideAnAssigneeWhenNotAllowed() {
        // given
        long key = taskOf(start(review(u -> u.zeebeAssignee("alice")), Map.of())).getUserTaskKey();

        // when / then
        assertThatThrownBy(() -> client.newAssignUserTaskCommand(key).assignee("bob").allowOverride(false).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.details().getDetail()).contains("alice");
                });
        assertThat(client.newUserTaskGetRequest(key).send().join().getAssignee()).isEqualTo("alice");
    }

    @Test
    void shouldRefuseAnEmptyAssignee() {
        long key = taskOf(start(review(u -> { }), Map.of())).getUserTaskKey();
        assertThatThrownBy(() -> client.newAssignUserTaskCommand(key).assignee("").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void shouldCompleteTaskWithVariablesAndContinueTheInstance() {
        // given
        long instance = start(review(u -> { }), Map.of("cycle", 3));
        long key = taskOf(instance).getUserTaskKey();

        // when
        client.newCompleteUserTaskCommand(key).variables(Map.of("decision", "adopt")).send().join();

        // then
        var finished = client.newProcessInstanceGetRequest(instance).send().join();
        assertThat(finished.getState().name()).isEqualTo("COMPLETED");
        UserTask task = client.newUserTaskGetRequest(key).send().join();
        assertThat(task.getState()).isEqualTo(UserTaskState.COMPLETED);
        assertThat(task.getCompletionDate().toInstant()).isEqualTo(T0);
        assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("decision")).send().join().items())
                .singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("\"adopt\""));
    }

    @Test
    void shouldRefuseToCompleteACompletedTaskAndAnUnknownOne() {
        // given
        long key = taskOf(start(review(u -> { }), Map.of())).getUserTaskKey();
        client.newCompleteUserTaskCommand(key).send().join();

        // when / then
        assertThatThrownBy(() -> client.newCompleteUserTaskCommand(key).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.details().getDetail()).contains("COMPLETED");
                });
        assertThatThrownBy(() -> client.newCompleteUserTaskCommand(2251799813999999L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
        assertThatThrownBy(() -> client.newUserTaskGetRequest(2251799813999999L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldApplyAnUpdateChangesetAndClearValues() {
        // given
        long key = taskOf(start(review(u -> u.zeebeDueDate("2030-01-05T17:00:00Z").zeebeCandidateGroups("a")), Map.of()))
                .getUserTaskKey();

        // when
        client.newUpdateUserTaskCommand(key).followUpDate("2030-01-04T10:00:00Z").candidateGroups("b", "c")
                .candidateUsers("dana").priority(10).clearDueDate().send().join();

        // then
        UserTask task = client.newUserTaskGetRequest(key).send().join();
        assertThat(task.getDueDate()).isNull();
        assertThat(task.getFollowUpDate()).isEqualTo(OffsetDateTime.parse("2030-01-04T10:00:00Z"));
        assertThat(task.getCandidateGroups()).containsExactly("b", "c");
        assertThat(task.getCandidateUsers()).containsExactly("dana");
        assertThat(task.getPriority()).isEqualTo(10);
    }

    @Test
    void shouldRefuseAnUpdateWithAnInvalidDateOrPriority() {
        long key = taskOf(start(review(u -> { }), Map.of())).getUserTaskKey();
        assertThatThrownBy(() -> client.newUpdateUserTaskCommand(key).dueDate("friday").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("dueDate").contains("friday");
                });
        assertThatThrownBy(() -> client.newUpdateUserTaskCommand(key).priority(150).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void shouldLinkTheLatestDeployedFormAndServeIt() {
        // given
        deployForm("form_review", "first");
        deployForm("form_review", "second");

        // when
        long key = taskOf(start(review(u -> u.zeebeFormId("form_review")), Map.of())).getUserTaskKey();

        // then
        var form = client.newUserTaskGetFormRequest(key).send().join();
        assertThat(form.getFormId()).isEqualTo("form_review");
        assertThat(form.getVersion()).isEqualTo(2);
        assertThat(form.getSchema()).contains("second");
        assertThat(client.newUserTaskGetRequest(key).send().join().getFormKey()).isEqualTo(form.getFormKey());
    }

    @Test
    void shouldLinkTheFormDeployedWithTheProcessWhenBindingIsDeployment() {
        // given the process and form v1 deployed together, then form v2 alone
        String form = "{\"id\": \"form_bound\", \"components\": []}";
        client.newDeployResourceCommand()
                .addProcessModel(review(u -> u.zeebeFormId("form_bound").zeebeFormBindingType(ZeebeBindingType.deployment)), "review.bpmn")
                .addResourceString(form, StandardCharsets.UTF_8, "bound.form").send().join();
        client.newDeployResourceCommand().addResourceString("{\"id\": \"form_bound\", \"components\": [], \"x\": 2}",
                StandardCharsets.UTF_8, "bound.form").send().join();

        // when
        long instance = client.newCreateInstanceCommand().bpmnProcessId("review").latestVersion().send().join().getProcessInstanceKey();

        // then
        assertThat(client.newUserTaskGetFormRequest(taskOf(instance).getUserTaskKey()).send().join().getVersion()).isEqualTo(1);
    }

    @Test
    void shouldLinkTheFormWithTheVersionTagWhenBindingIsVersionTag() {
        // given v1 tagged "approved", v2 untagged
        client.newDeployResourceCommand().addResourceString("{\"id\": \"form_tagged\", \"versionTag\": \"approved\", \"components\": []}",
                StandardCharsets.UTF_8, "tagged.form").send().join();
        client.newDeployResourceCommand().addResourceString("{\"id\": \"form_tagged\", \"components\": [], \"draft\": true}",
                StandardCharsets.UTF_8, "tagged.form").send().join();

        // when
        long instance = start(review(u -> u.zeebeFormId("form_tagged").zeebeFormBindingType(ZeebeBindingType.versionTag)
                .zeebeFormVersionTag("approved")), Map.of());

        // then
        assertThat(client.newUserTaskGetFormRequest(taskOf(instance).getUserTaskKey()).send().join().getVersion()).isEqualTo(1);
    }

    @Test
    void shouldRaiseFormNotFoundIncidentUntilTheFormIsDeployed() {
        // given
        long instance = start(review(u -> u.zeebeFormId("form_missing")), Map.of());
        Incident incident = incidentsOf(instance).get(0);
        assertThat(incident.getErrorType().name()).isEqualTo("FORM_NOT_FOUND");
        assertThat(incident.getErrorMessage()).contains("form_missing");

        // when
        deployForm("form_missing", "now here");
        client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

        // then
        assertThat(client.newUserTaskGetFormRequest(taskOf(instance).getUserTaskKey()).send().join().getSchema()).contains("now here");
    }

    @Test
    void shouldRefuseAFormKeyOnACamundaUserTaskAtDeployment() {
        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addProcessModel(review(u -> u.zeebeFormKey("camunda-forms:bpmn:form_embedded")), "review.bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("task_review");
                });
    }

    @Test
    void shouldKeepACancelledTaskSearchable() {
        // given
        long instance = start(review(u -> u.zeebeAssignee("alice")), Map.of());
        long key = taskOf(instance).getUserTaskKey();

        // when
        client.newCancelInstanceCommand(instance).send().join();

        // then
        assertThat(client.newUserTaskGetRequest(key).send().join().getState()).isEqualTo(UserTaskState.CANCELED);
        assertThat(client.newUserTaskSearchRequest().filter(f -> f.state(UserTaskState.CANCELED)).send().join().items())
                .extracting(UserTask::getUserTaskKey).containsExactly(key);
        assertThatThrownBy(() -> client.newAssignUserTaskCommand(key).assignee("bob").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(409));
    }

    @Test
    void shouldListVariablesVisibleFromTheTaskPerScopeAndEffectively() {
        // given a task with a local variable shadowing a process variable
        long instance = start(Bpmn.createExecutableProcess("review").startEvent()
                .userTask("task_review", u -> u.zeebeUserTask().zeebeInput("=\"local\"", "note"))
                .endEvent().done(), Map.of("note", "root", "cycle", 1));
        long key = taskOf(instance).getUserTaskKey();

        // when
        var all = client.newUserTaskVariableSearchRequest(key).send().join().items();
        var effective = client.newUserTaskEffectiveVariableSearchRequest(key).send().join().items();

        // then
        assertThat(all).extracting(v -> v.getName() + "=" + v.getValue())
                .containsExactlyInAnyOrder("note=\"local\"", "note=\"root\"", "cycle=1");
        assertThat(effective).extracting(v -> v.getName() + "=" + v.getValue()).containsExactlyInAnyOrder("note=\"local\"", "cycle=1");
        assertThat(client.newUserTaskVariableSearchRequest(key).filter(f -> f.name("cycle")).send().join().items()).hasSize(1);
    }
}
