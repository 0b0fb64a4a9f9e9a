package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@code zeebe:userTask}'s assignment, schedule, form link, priority and task headers. */
public final class UserTaskTransformer implements ElementTransformer {

    @Override
    public void transform(FlowNode source, ExecutableElement target, TransformContext context) {
        String id = target.id();
        ZeebeAssignmentDefinition assignment = source.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
        ZeebeTaskSchedule schedule = source.getSingleExtensionElement(ZeebeTaskSchedule.class);
        ZeebePriorityDefinition priority = source.getSingleExtensionElement(ZeebePriorityDefinition.class);
        ZeebeFormDefinition form = source.getSingleExtensionElement(ZeebeFormDefinition.class);
        target.setAttribute(UserTaskDefinition.KEY, new UserTaskDefinition(
                assignment == null ? null : context.expression(id, "assignee", assignment.getAssignee()),
                assignment == null ? null : context.expression(id, "candidateGroups", assignment.getCandidateGroups()),
                assignment == null ? null : context.expression(id, "candidateUsers", assignment.getCandidateUsers()),
                schedule == null ? null : context.expression(id, "dueDate", schedule.getDueDate()),
                schedule == null ? null : context.expression(id, "followUpDate", schedule.getFollowUpDate()),
                formLink(id, form, context),
                form == null ? null : context.expression(id, "externalReference", form.getExternalReference()),
                priority == null ? null : context.expression(id, "priority", priority.getPriority()),
                headers(source)));
    }

    private static UserTaskDefinition.FormLink formLink(String id, ZeebeFormDefinition form, TransformContext context) {
        if (form == null) return null;
        if (form.getFormKey() != null && !form.getFormKey().isBlank()) {
            // Camunda user tasks link deployed forms by id; form keys (embedded zeebe:userTaskForm, custom keys) belong to job-worker user tasks
            context.problem(id, "a form key ('" + form.getFormKey() + "') on a Camunda user task is not supported by the local engine;"
                    + " deploy the form and link it with formId, or use externalReference");
            return null;
        }
        String formId = form.getFormId();
        if (formId == null || formId.isBlank()) return null;
        ZeebeBindingType binding = form.getBindingType();
        if (binding == ZeebeBindingType.versionTag && (form.getVersionTag() == null || form.getVersionTag().isBlank())) {
            context.problem(id, "the form binding 'versionTag' needs a versionTag");
            return null;
        }
        UserTaskDefinition.Binding kind = binding == null || binding == ZeebeBindingType.latest ? UserTaskDefinition.Binding.LATEST
                : binding == ZeebeBindingType.deployment ? UserTaskDefinition.Binding.DEPLOYMENT : UserTaskDefinition.Binding.VERSION_TAG;
        return new UserTaskDefinition.FormLink(formId, kind, form.getVersionTag());
    }

    private static Map<String, String> headers(FlowNode source) {
        ZeebeTaskHeaders taskHeaders = source.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (taskHeaders == null) return Map.of();
        Map<String, String> headers = new LinkedHashMap<>();
        for (ZeebeHeader header : taskHeaders.getHeaders()) headers.put(header.getKey(), header.getValue());
        return java.util.Collections.unmodifiableMap(headers);
    }
}
