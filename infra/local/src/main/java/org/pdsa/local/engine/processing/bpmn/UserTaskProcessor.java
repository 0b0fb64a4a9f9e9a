package org.pdsa.local.engine.processing.bpmn;

import java.util.List;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.UserTaskDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.FormDefinition;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.UserTask;

/**
 * Camunda user task: evaluates its properties (see {@link UserTaskValues}), resolves the linked
 * form, creates a {@link UserTask} and waits; completion arrives through the user-task API. A
 * property that cannot be evaluated is an EXTRACT_VALUE_ERROR incident, a linked form that is not
 * deployed a FORM_NOT_FOUND incident; resolving either evaluates again.
 */
final class UserTaskProcessor implements ElementProcessor {

    @Override
    public Outcome onActivate(ElementInstance instance, ProcessingContext context) {
        UserTaskDefinition definition = instance.element().attribute(UserTaskDefinition.KEY);
        EvalResult<String> assignee = UserTaskValues.assignee(definition.assignee(), instance, context);
        if (assignee.failed()) return extractFailure(assignee);
        EvalResult<List<String>> groups = UserTaskValues.list(definition.candidateGroups(), instance, context);
        if (groups.failed()) return extractFailure(groups);
        EvalResult<List<String>> users = UserTaskValues.list(definition.candidateUsers(), instance, context);
        if (users.failed()) return extractFailure(users);
        EvalResult<String> due = UserTaskValues.date(definition.dueDate(), instance, context);
        if (due.failed()) return extractFailure(due);
        EvalResult<String> followUp = UserTaskValues.date(definition.followUpDate(), instance, context);
        if (followUp.failed()) return extractFailure(followUp);
        EvalResult<Integer> priority = UserTaskValues.priority(definition.priority(), instance, context);
        if (priority.failed()) return extractFailure(priority);
        EvalResult<String> external = UserTaskValues.text(definition.externalFormReference(), instance, context);
        if (external.failed()) return extractFailure(external);
        FormDefinition form = null;
        if (definition.form() != null) {
            form = UserTaskForms.resolve(definition.form(), instance.processInstance().definition(), context.state().deployments());
            if (form == null) return Outcome.fail(Incident.Type.FORM_NOT_FOUND, UserTaskForms.notFound(definition.form()));
        }
        UserTask task = new UserTask(context.nextKey(), instance, context.now());
        task.setAssignee(assignee.get());
        task.setCandidateGroups(groups.get());
        task.setCandidateUsers(users.get());
        task.setDueDate(due.get());
        task.setFollowUpDate(followUp.get());
        task.setPriority(priority.get());
        task.setExternalFormReference(external.get());
        task.setCustomHeaders(definition.headers());
        if (form != null) task.setFormKey(form.key());
        context.state().userTasks().put(task.key(), task);
        instance.setUserTaskKey(task.key());
        return Outcome.WAIT;
    }

    @Override
    public void onTerminate(ElementInstance instance, ProcessingContext context) {
        if (instance.userTaskKey() == 0) return;
        UserTask task = context.state().userTasks().get(instance.userTaskKey());
        if (task != null) UserTaskLifecycle.finish(task, UserTask.State.CANCELED, context);
    }

    private static Outcome extractFailure(EvalResult<?> failure) {
        return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, failure.message());
    }
}
