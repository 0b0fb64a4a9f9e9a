package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;

/** Reads a {@code zeebe:userTask}'s assignment, schedule, form and priority. */
public final class UserTaskTransformer implements ElementTransformer {

    @Override
    public void transform(FlowNode source, ExecutableElement target, TransformContext context) {
        String id = target.id();
        ZeebeAssignmentDefinition assignment = source.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
        ZeebeTaskSchedule schedule = source.getSingleExtensionElement(ZeebeTaskSchedule.class);
        ZeebeFormDefinition form = source.getSingleExtensionElement(ZeebeFormDefinition.class);
        ZeebePriorityDefinition priority = source.getSingleExtensionElement(ZeebePriorityDefinition.class);
        target.setAttribute(UserTaskDefinition.KEY, new UserTaskDefinition(
                assignment == null ? null : context.expression(id, "assignee", assignment.getAssignee()),
                assignment == null ? null : context.expression(id, "candidateGroups", assignment.getCandidateGroups()),
                assignment == null ? null : context.expression(id, "candidateUsers", assignment.getCandidateUsers()),
                schedule == null ? null : context.expression(id, "dueDate", schedule.getDueDate()),
                schedule == null ? null : context.expression(id, "followUpDate", schedule.getFollowUpDate()),
                form == null ? null : form.getFormKey(),
                form == null ? null : form.getFormId(),
                form == null ? null : form.getExternalReference(),
                priority == null ? null : context.expression(id, "priority", priority.getPriority())));
    }
}
