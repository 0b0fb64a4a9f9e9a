package org.pdsa.local.engine.model;

import java.util.Map;
import org.pdsa.local.engine.feel.Expression;

/**
 * {@code zeebe:userTask} and its companions: assignment, schedule, form link, priority and task
 * headers. Any expression is null when its attribute is absent; {@code form} is null when no
 * Camunda Form is linked.
 */
public record UserTaskDefinition(Expression assignee, Expression candidateGroups, Expression candidateUsers,
                                 Expression dueDate, Expression followUpDate, FormLink form,
                                 Expression externalFormReference, Expression priority, Map<String, String> headers) {
    public static final Attribute<UserTaskDefinition> KEY = Attribute.of("userTask", UserTaskDefinition.class);

    /** A linked Camunda Form: its id and which version to take (latest, the one deployed with the process, or by version tag). */
    public record FormLink(String formId, Binding binding, String versionTag) {}

    /** zeebe:formDefinition bindingType. */
    public enum Binding { LATEST, DEPLOYMENT, VERSION_TAG }
}
