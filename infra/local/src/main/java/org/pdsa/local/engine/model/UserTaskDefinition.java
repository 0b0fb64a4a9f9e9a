package org.pdsa.local.engine.model;

import org.pdsa.local.engine.feel.Expression;

/**
 * {@code zeebe:userTask} and its companions (assignment, schedule, form, priority); any
 * expression may be null when the attribute is absent.
 */
public record UserTaskDefinition(Expression assignee, Expression candidateGroups, Expression candidateUsers,
                                 Expression dueDate, Expression followUpDate, String formKey, String formId,
                                 String externalFormReference, Expression priority) {
    public static final Attribute<UserTaskDefinition> KEY = Attribute.of("userTask", UserTaskDefinition.class);
}
