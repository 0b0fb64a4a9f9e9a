package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The paths the brief asks of the two processes: adapt loops, missing data, reminders, escalation, early close. */
class WorkflowPathsTest {

    private static final Pattern DUE_DURATION = Pattern.compile("duration\\(\"(P[^\"]+)\"\\)");
    private static final WorkflowsFolder FOLDER = WorkflowsFolder.locate();
    private final BpmnModelInstance cycle = FOLDER.modelOf("pdsa-cycle");
    private final BpmnModelInstance programme = FOLDER.modelOf("improvement-programme");

    @Test
    void shouldLoopAdaptBackToPlanInTheSameInstance() {
        // given the decision gateway of pdsa-cycle
        SequenceFlow adapt = flowWithCondition(cycle, "gateway_decision", "=decision = \"adapt\"");
        // when the adapt branch is followed
        Set<String> reached = reachableWithoutEnding(adapt.getTarget());
        // then it numbers the next cycle, gives it its id and plans it, without ending the instance
        assertThat(reached).contains("task_number_next_cycle", "task_identify_cycle", "task_plan_cycle");
    }

    @Test
    void shouldEndAdoptAndAbandonAtTheirOwnEndEvents() {
        assertThat(flowWithCondition(cycle, "gateway_decision", "=decision = \"adopt\"").getTarget().getId())
                .isEqualTo("end_change_adopted");
        assertThat(flowWithCondition(cycle, "gateway_decision", "=decision = \"abandon\"").getTarget().getId())
                .isEqualTo("end_change_abandoned");
        assertThat((Object) cycle.getModelElementById("end_change_adopted")).isInstanceOf(EndEvent.class);
        assertThat((Object) cycle.getModelElementById("end_change_abandoned")).isInstanceOf(EndEvent.class);
    }

    @Test
    void shouldAskForMissingDataAndFetchAgainWhenThereIsNoData() {
        // given the boundary events of the fetch-metrics task
        BoundaryEvent noData = boundaries(cycle, "task_fetch_metrics").stream()
                .filter(b -> !b.getEventDefinitions().isEmpty()
                        && b.getEventDefinitions().iterator().next() instanceof ErrorEventDefinition)
                .findFirst().orElseThrow(() -> new AssertionError("no error boundary on task_fetch_metrics"));
        ErrorEventDefinition error = (ErrorEventDefinition) noData.getEventDefinitions().iterator().next();
        // then it catches no-data, interrupts, and leads through the missing-data task back to fetching
        assertThat(error.getError().getErrorCode()).isEqualTo("no-data");
        assertThat(noData.cancelActivity()).isTrue();
        assertThat(reachableWithoutEnding(noData)).contains("task_provide_missing_data", "task_fetch_metrics");
    }

    @Test
    void shouldRemindTheProviderEveryWeekWhileTheTestRuns() {
        // given the non-interrupting timer on the do sub-process
        BoundaryEvent reminder = boundaries(cycle, "subprocess_do").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no boundary event on subprocess_do"));
        TimerEventDefinition timer = (TimerEventDefinition) reminder.getEventDefinitions().iterator().next();
        // then it repeats weekly without ending the test, and sends a data reminder to the leads
        assertThat(reminder.cancelActivity()).isFalse();
        assertThat(timer.getTimeCycle().getTextContent().trim()).isEqualTo("R/P7D");
        assertThat(headers(next(reminder))).containsEntry("event", "data-reminder").containsEntry("audience", "leads");
        // and the do sub-process waits for the end of the test window, which starts on its own timer
        assertThat(timerText("timer_test_window_ends")).contains("testWindowEnd");
        assertThat(timerText("timer_test_window_starts")).contains("testWindowStart");
        assertThat(((FlowNode) cycle.getModelElementById("timer_test_window_ends")).getParentElement().getAttributeValue("id"))
                .isEqualTo("subprocess_do");
    }

    @Test
    void shouldLetTheLeadsWorkEveryUserTaskThroughItsForm() {
        Set<String> formIds = FOLDER.formFiles().stream().map(CamundaForm::read).map(CamundaForm::id).collect(Collectors.toSet());
        for (UserTask task : userTasks()) {
            assertThat(task.getSingleExtensionElement(ZeebeUserTask.class)).as("Camunda user task %s", task.getId()).isNotNull();
            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            assertThat(form).as("form of %s", task.getId()).isNotNull();
            assertThat(form.getFormId()).as("form of %s", task.getId()).isIn(formIds);
            assertThat(task.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups())
                    .as("candidate groups of %s", task.getId()).isEqualTo("=leadGroups");
        }
    }

    @Test
    void shouldEscalateEveryOverdueUserTaskToTheManagersWhenItIsDue() {
        for (UserTask task : userTasks()) {
            // given the task's due date, "now() + duration(...)"
            ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
            assertThat(schedule).as("due date of %s", task.getId()).isNotNull();
            Matcher due = DUE_DURATION.matcher(schedule.getDueDate());
            assertThat(due.find()).as("due date of %s is now() + a duration", task.getId()).isTrue();
            // when its boundary timer fires
            BoundaryEvent overdue = boundaries((BpmnModelInstance) task.getModelInstance(), task.getId()).stream()
                    .filter(b -> b.getEventDefinitions().iterator().next() instanceof TimerEventDefinition)
                    .findFirst().orElseThrow(() -> new AssertionError("no overdue timer on " + task.getId()));
            TimerEventDefinition timer = (TimerEventDefinition) overdue.getEventDefinitions().iterator().next();
            // then the task stays open, the timer matches the due date, and the managers are told
            assertThat(overdue.cancelActivity()).as("%s is non-interrupting", overdue.getId()).isFalse();
            assertThat(timer.getTimeDuration().getTextContent().trim()).as(overdue.getId()).isEqualTo(due.group(1));
            assertThat(headers(next(overdue))).as(overdue.getId())
                    .containsEntry("event", "task-overdue").containsEntry("audience", "managers");
        }
    }

    @Test
    void shouldTellPeopleWhenTheCycleStartsTheStudyIsReadyAndTheDecisionIsMade() {
        assertThat(headers(next(cycle.getModelElementById("task_plan_cycle")))).containsEntry("event", "cycle-started");
        assertThat(headers(next(cycle.getModelElementById("task_analyse_measures")))).containsEntry("event", "study-ready");
        assertThat(headers(next(cycle.getModelElementById("task_store_decision")))).containsEntry("event", "decision-made");
    }

    @Test
    void shouldRunOnePdsaCycleInstancePerProviderInParallel() {
        CallActivity call = programme.getModelElementById("call_run_pdsa_cycles");
        ZeebeCalledElement called = call.getSingleExtensionElement(ZeebeCalledElement.class);
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) call.getLoopCharacteristics();
        ZeebeLoopCharacteristics zeebeLoop = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);

        assertThat(called.getProcessId()).isEqualTo("pdsa-cycle");
        assertThat(called.isPropagateAllParentVariablesEnabled()).isFalse();
        assertThat(called.isPropagateAllChildVariablesEnabled()).isFalse();
        assertThat(loop.isSequential()).isFalse();
        assertThat(zeebeLoop.getInputCollection()).isEqualTo("=providers");
        assertThat(zeebeLoop.getInputElement()).isEqualTo("provider");
        assertThat(zeebeLoop.getOutputCollection()).isEqualTo("outcomes");
        assertThat(zeebeLoop.getOutputElement()).isEqualTo("=outcome");
    }

    @Test
    void shouldCloseTheProgrammeEarlyByMessageAndStillShareTheLearning() {
        // given the message boundary on the call activity
        BoundaryEvent closed = boundaries(programme, "call_run_pdsa_cycles").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no boundary event on call_run_pdsa_cycles"));
        MessageEventDefinition message = (MessageEventDefinition) closed.getEventDefinitions().iterator().next();
        // then the message closes the cycles, is correlated by programme id, and still leads to the learning
        assertThat(closed.cancelActivity()).isTrue();
        assertThat(message.getMessage().getName()).isEqualTo("programme-closed");
        assertThat(message.getMessage().getSingleExtensionElement(ZeebeSubscription.class).getCorrelationKey())
                .isEqualTo("=programmeId");
        assertThat(reachableWithoutEnding(closed)).contains("task_compile_learning", "task_share_learning");
        assertThat(headers(programme.getModelElementById("task_share_learning")))
                .containsEntry("event", "learning-shared").containsEntry("audience", "everyone");
    }

    private List<UserTask> userTasks() {
        List<UserTask> tasks = new java.util.ArrayList<>(cycle.getModelElementsByType(UserTask.class));
        tasks.addAll(programme.getModelElementsByType(UserTask.class));
        assertThat(tasks).isNotEmpty();
        return tasks;
    }

    private String timerText(String eventId) {
        FlowNode event = cycle.getModelElementById(eventId);
        return event.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeDate().getTextContent();
    }

    private static SequenceFlow flowWithCondition(BpmnModelInstance model, String gatewayId, String condition) {
        FlowNode gateway = model.getModelElementById(gatewayId);
        return gateway.getOutgoing().stream()
                .filter(f -> f.getConditionExpression() != null
                        && condition.equals(f.getConditionExpression().getTextContent().trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(gatewayId + " has no flow with condition " + condition));
    }

    private static List<BoundaryEvent> boundaries(BpmnModelInstance model, String hostId) {
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(b -> b.getAttachedTo().getId().equals(hostId)).toList();
    }

    private static FlowNode next(FlowNode node) {
        assertThat(node.getOutgoing()).as("outgoing flows of %s", node.getId()).hasSize(1);
        return node.getOutgoing().iterator().next().getTarget();
    }

    private static Map<String, String> headers(FlowNode node) {
        assertThat(node).as(node.getId()).isInstanceOf(SendTask.class);
        return node.getSingleExtensionElement(ZeebeTaskHeaders.class).getHeaders().stream()
                .collect(Collectors.toMap(ZeebeHeader::getKey, ZeebeHeader::getValue));
    }

    /** Ids of the nodes reachable along sequence flows, stopping at end events (which are included). */
    private static Set<String> reachableWithoutEnding(FlowNode start) {
        Set<String> seen = new HashSet<>();
        Deque<FlowNode> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            FlowNode node = todo.pop();
            if (seen.add(node.getId()) && !(node instanceof EndEvent)) {
                node.getOutgoing().forEach(f -> todo.push(f.getTarget()));
            }
        }
        return seen;
    }
}
