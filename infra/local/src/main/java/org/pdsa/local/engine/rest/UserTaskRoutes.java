package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.processing.commands.UserTaskCommandProcessors;
import org.pdsa.local.engine.processing.commands.UserTaskCommands;
import org.pdsa.local.engine.rest.search.Searches;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.FormDefinition;
import org.pdsa.local.engine.state.ProcessInstance;
import org.pdsa.local.engine.state.UserTask;

/**
 * The user-task API: get, assign, unassign, complete, update (journaled commands), the linked
 * form, and the variables visible from the task ({@code variables/search}: every scope's own;
 * {@code effective-variables/search}: inner scopes shadowing outer ones).
 */
public final class UserTaskRoutes implements RouteGroup {
    private final EngineApi engine;

    public UserTaskRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v2/user-tasks/{userTaskKey}", ctx -> {
            long key = Http.key(ctx, "userTaskKey");
            Http.respond(ctx, engine.query(state -> UserTaskJson.View.of(find(state, key), state)),
                    (c, value) -> ResponseJson.send(c, 200, json -> UserTaskJson.write(json, (UserTaskJson.View) value)));
        });
        routes.post("/v2/user-tasks/{userTaskKey}/assignment", ctx -> {
            long key = Http.key(ctx, "userTaskKey");
            byte[] body = Http.bodyBytes(ctx);
            UserTaskCommands.Assign assign = Http.body(body, UserTaskCommands.Assign::decode);
            if (assign.assignee() == null || assign.assignee().isBlank()) {
                throw ProblemException.badRequest("Expected a non-empty 'assignee' to assign the user task to");
            }
            Http.noContent(ctx, engine.submit(CommandType.ASSIGN_USER_TASK, key, body, assign));
        });
        routes.delete("/v2/user-tasks/{userTaskKey}/assignee", ctx -> {
            long key = Http.key(ctx, "userTaskKey");
            Http.noContent(ctx, engine.submit(CommandType.UNASSIGN_USER_TASK, key, null, null));
        });
        routes.post("/v2/user-tasks/{userTaskKey}/completion", ctx -> {
            long key = Http.key(ctx, "userTaskKey");
            byte[] body = Http.bodyBytes(ctx);
            UserTaskCommands.Complete complete = Http.body(body, UserTaskCommands.Complete::decode);
            Http.noContent(ctx, engine.submit(CommandType.COMPLETE_USER_TASK, key, body, complete));
        });
        routes.patch("/v2/user-tasks/{userTaskKey}", ctx -> {
            long key = Http.key(ctx, "userTaskKey");
            byte[] body = Http.bodyBytes(ctx);
            UserTaskCommands.Update update = Http.body(body, UserTaskCommands.Update::decode);
            String problem = update.changeset() == null ? null : UserTaskCommandProcessors.Update.invalid(update.changeset());
            if (problem != null) throw ProblemException.badRequest(problem);
            Http.noContent(ctx, engine.submit(CommandType.UPDATE_USER_TASK, key, body, update));
        });
        routes.get("/v2/user-tasks/{userTaskKey}/form", ctx -> {
            long key = Http.key(ctx, "userTaskKey");
            Http.respond(ctx, engine.query(state -> {
                UserTask task = find(state, key);
                FormDefinition form = task.formKey() > 0 ? state.deployments().form(task.formKey()) : null;
                return form == null ? NO_FORM : FormJson.View.of(form);
            }), (c, value) -> {
                if (value == NO_FORM) c.status(204);
                else ResponseJson.send(c, 200, json -> FormJson.write(json, (FormJson.View) value));
            });
        });
        routes.post("/v2/user-tasks/{userTaskKey}/variables/search", ctx -> {
            long key = Http.key(ctx, "userTaskKey");
            boolean truncate = VariableRoutes.truncateValues(ctx);
            Searches.answer(ctx, engine, VariableRoutes.SPEC, (state, each) -> visible(state, find(state, key), false, each),
                    (state, v) -> v, (json, v) -> v.write(json, truncate));
        });
        routes.post("/v2/user-tasks/{userTaskKey}/effective-variables/search", ctx -> {
            long key = Http.key(ctx, "userTaskKey");
            boolean truncate = VariableRoutes.truncateValues(ctx);
            Searches.answer(ctx, engine, VariableRoutes.SPEC, (state, each) -> visible(state, find(state, key), true, each),
                    (state, v) -> v, (json, v) -> v.write(json, truncate));
        });
    }

    private static final Object NO_FORM = new Object();

    static UserTask find(EngineState state, long key) {
        UserTask task = state.userTasks().get(key);
        if (task == null) task = state.finishedUserTasks().get(key);
        if (task == null) throw new RejectionException(Rejection.notFound("User task with key '" + key + "' not found"));
        return task;
    }

    /** Variables visible from the task: its element's scope and every scope above (for a finished task: its final locals and the root). */
    private static void visible(EngineState state, UserTask task, boolean effective, java.util.function.Consumer<VariableItem> each) {
        Set<String> seen = new HashSet<>();
        ElementInstance scope = task.elementInstance();
        if (scope != null) {
            for (; scope != null; scope = scope.flowScope()) {
                VariableItem.scopeVariables(state, scope, v -> {
                    if (!effective || seen.add(v.name())) each.accept(v);
                });
            }
            return;
        }
        ProcessInstance instance = state.findProcessInstance(task.processInstanceKey());
        if (instance == null) return;
        long root = state.rootOf(instance.key());
        emit(task.elementInstanceKey(), instance, root, task.localVariables(), effective, seen, each);
        emit(instance.key(), instance, root, instance.variables(), effective, seen, each);
    }

    private static void emit(long scopeKey, ProcessInstance instance, long root, Map<String, Object> variables, boolean effective,
                             Set<String> seen, java.util.function.Consumer<VariableItem> each) {
        variables.forEach((name, value) -> {
            if (!effective || seen.add(name)) each.accept(VariableItem.of(scopeKey, instance, root, name, value));
        });
    }
}
