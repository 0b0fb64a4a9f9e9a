package org.pdsa.local.engine.processing.bpmn;

import java.util.List;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.feel.Expression;
import org.pdsa.local.engine.model.UserTaskDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.FormDefinition;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.UserTask;

/**
 * Camunda user task: creates a {@link UserTask} and waits; completion arrives through the
 * user-task API. Assignment, schedule and priority expressions are evaluated on activation.
 */
final class UserTaskProcessor implements ElementProcessor {
    private static final int DEFAULT_PRIORITY = 50;

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        UserTaskDefinition definition = instance.element().attribute(UserTaskDefinition.KEY);
        UserTask task = new UserTask(context.nextKey(), instance, context.now());
        EvalResult<String> assignee = optionalString(definition.assignee(), instance, context);
        if (assignee.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, assignee.message());
        EvalResult<List<String>> groups = optionalList(definition.candidateGroups(), instance, context);
        if (groups.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, groups.message());
        EvalResult<List<String>> users = optionalList(definition.candidateUsers(), instance, context);
        if (users.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, users.message());
        EvalResult<String> due = optionalString(definition.dueDate(), instance, context);
        if (due.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, due.message());
        EvalResult<String> followUp = optionalString(definition.followUpDate(), instance, context);
        if (followUp.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, followUp.message());
        int priority = DEFAULT_PRIORITY;
        if (definition.priority() != null) {
            EvalResult<Long> p = context.expressions().evaluateLong(definition.priority(), instance);
            if (p.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, p.message());
            priority = (int) (long) p.get();
        }
        if (definition.formId() != null) {
            FormDefinition form = context.state().deployments().latestForm(definition.formId());
            if (form == null) {
                return Outcome.fail(Incident.Type.FORM_NOT_FOUND, "Expected to find a form with id '" + definition.formId()
                        + "', but no form with this id is found, at least a form with this id should be available.");
            }
            task.setFormKey(form.key());
        }
        task.setAssignee(assignee.get());
        task.setCandidateGroups(groups.get());
        task.setCandidateUsers(users.get());
        task.setDueDate(due.get());
        task.setFollowUpDate(followUp.get());
        task.setPriority(priority);
        context.state().userTasks().put(task.key(), task);
        instance.setUserTaskKey(task.key());
        return Outcome.WAIT;
    }

    @Override
    public void onTerminate(ElementInstance instance, ProcessingContext context) {
        if (instance.userTaskKey() == 0) return;
        UserTask task = context.state().userTasks().remove(instance.userTaskKey());
        if (task != null) task.setState(UserTask.State.CANCELED);
        instance.setUserTaskKey(0);
    }

    private static EvalResult<String> optionalString(Expression expression, ElementInstance instance, ProcessingContext context) {
        if (expression == null) return EvalResult.value(null);
        EvalResult<Object> value = context.expressions().evaluate(expression, instance);
        if (value.failed()) return value.cast();
        return EvalResult.value(value.get() == null ? null : String.valueOf(value.get()));
    }

    private static EvalResult<List<String>> optionalList(Expression expression, ElementInstance instance, ProcessingContext context) {
        if (expression == null) return EvalResult.value(List.of());
        return context.expressions().evaluateStringList(expression, instance);
    }
}
