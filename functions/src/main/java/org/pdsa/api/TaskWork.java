package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdsa.camunda.EngineException;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.camunda.TaskForm;
import org.pdsa.camunda.UserTaskInfo;
import org.pdsa.domain.FieldError;
import org.pdsa.domain.Plan;
import org.pdsa.domain.PrivacyCheck;
import org.pdsa.domain.Programme;
import org.pdsa.store.Store;

/**
 * One task: read it, its form with the current values, claim it, complete it. Every call checks that the
 * caller may work the task ({@link Access#task}); completion validates the values against the task's form
 * and applies the {@link CompletionEffects} before the engine completes it.
 */
final class TaskWork {

    private final Store store;
    private final ProcessEngine engine;
    private final TaskContexts contexts;
    private final CompletionEffects effects;

    TaskWork(Store store, ProcessEngine engine) {
        this.store = store;
        this.engine = engine;
        this.contexts = new TaskContexts(engine);
        this.effects = new CompletionEffects(store);
    }

    TaskView view(Caller caller, String key) {
        return TaskView.of(allowed(caller, key).task());
    }

    ObjectNode form(Caller caller, String key) {
        Allowed a = allowed(caller, key);
        TaskForm form = engine.form(a.task().info().key())
                .orElseThrow(() -> ApiProblem.notFound("task " + key + " has no form"));
        ObjectNode body = ApiJson.object().put("key", a.task().key()).put("formId", form.formId())
                .put("formVersion", form.version()).put("formKey", Long.toString(form.formKey()));
        body.set("schema", ApiJson.parseStored(form.schema()));
        body.set("variables", ApiJson.tree(a.variables()));
        return body;
    }

    TaskView claim(Caller caller, String key, JsonNode body) {
        Allowed a = allowed(caller, key);
        String wanted = body.path("assignee").asText(caller.subject());
        if (!wanted.equals(caller.subject())) {
            throw ApiProblem.forbidden("you may claim a task for yourself only, not for " + wanted);
        }
        UserTaskInfo task = open(a.task());
        if (caller.subject().equals(task.assignee())) {
            return TaskView.of(a.task());
        }
        if (task.assignee() != null) {
            throw ApiProblem.conflict("task " + key + " is already assigned to " + task.assignee());
        }
        engine.assignTask(task.key(), caller.subject());
        UserTaskInfo assigned = engine.task(task.key()).orElse(task);
        return TaskView.of(TaskContexts.of(assigned, a.variables()));
    }

    ObjectNode complete(Caller caller, String key, JsonNode body) {
        Allowed a = allowed(caller, key);
        UserTaskInfo task = open(a.task());
        Access.require(Access.complete(caller, a.task()));
        JsonInput in = new JsonInput();
        in.onlyFields(body, "", Set.of("variables"));
        JsonNode values = in.object(body, "", "variables");
        in.throwIfInvalid();
        if (values == null) {
            values = ApiJson.object();
        }
        TaskForm form = engine.form(task.key()).orElse(null);
        String formId = null;
        if (form != null) {
            FormSchema schema = FormSchema.parse(form.schema());
            formId = schema.id() != null ? schema.id() : form.formId();
            ApiProblem.throwIfAny(prefixed(FormValidation.validate(schema, values, a.variables())));
        } else {
            ApiProblem.throwIfAny(prefixed(privacy(values)));
        }
        Plan plan;
        try {
            plan = effects.prepare(formId, a.task(), values, a.programme());
        } catch (ApiProblem broken) {
            throw ApiProblem.invalid(prefixed(broken.errors()));
        }
        Instant now = engine.now();
        effects.apply(a.task(), values, plan, caller.subject(), now);
        Map<String, Object> variables = new LinkedHashMap<>();
        values.fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
        variables.putAll(effects.variables(a.task(), caller.subject()));
        try {
            engine.completeTask(task.key(), variables);
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND || e.kind() == EngineException.Kind.CONFLICT) {
                throw ApiProblem.conflict("task " + key + " can no longer be completed (completed or cancelled"
                        + " meanwhile): " + e.getMessage());
            }
            throw e;
        }
        ObjectNode answer = ApiJson.object().put("key", a.task().key()).put("completed", true)
                .put("completedBy", caller.subject()).put("completedAt", now.toString());
        answer.set("variables", values);
        return answer;
    }

    /** The task, its variables and programme, once the caller is known to be allowed to work it. */
    private record Allowed(TaskContext task, Map<String, JsonNode> variables, Programme programme) {
    }

    private Allowed allowed(Caller caller, String key) {
        Access.require(Access.role(caller, Role.STAFF, Role.MANAGER));
        UserTaskInfo info = contexts.find(key);
        Map<String, JsonNode> variables = engine.taskVariables(info.key());
        TaskContext task = TaskContexts.of(info, variables);
        Programme programme = task.programmeId() == null ? null : store.programmes().find(task.programmeId()).orElse(null);
        Access.require(Access.task(caller, task, programme));
        return new Allowed(task, variables, programme);
    }

    private static UserTaskInfo open(TaskContext task) {
        if (!task.info().isOpen()) {
            throw ApiProblem.conflict("task " + task.key() + " is " + String.valueOf(task.info().state()).toLowerCase(
                    java.util.Locale.ROOT) + ", not open");
        }
        return task.info();
    }

    /** Completion values are sent under {@code variables}: name the fields there. */
    private static List<FieldError> prefixed(List<FieldError> errors) {
        return errors.stream().map(e -> new FieldError("variables." + e.field(), e.reason())).toList();
    }

    /** Without a form there is nothing to check types against, but text must still carry no patient data. */
    private static List<FieldError> privacy(JsonNode values) {
        List<FieldError> errors = new java.util.ArrayList<>();
        values.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                PrivacyCheck.check(e.getKey(), e.getValue().textValue()).ifPresent(errors::add);
            }
        });
        return errors;
    }
}
