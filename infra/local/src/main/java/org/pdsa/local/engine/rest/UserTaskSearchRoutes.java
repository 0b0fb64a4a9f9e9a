package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.Set;
import org.pdsa.local.engine.processing.bpmn.UserTaskValues;
import org.pdsa.local.engine.rest.search.SearchSpec;
import org.pdsa.local.engine.rest.search.Searches;
import org.pdsa.local.engine.rest.search.VariableFilters;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.ProcessInstance;
import org.pdsa.local.engine.state.UserTask;

/**
 * {@code POST /v2/user-tasks/search} over open and finished (retained) user tasks: every documented
 * filter (both shapes), sorting by creation, completion, due and follow-up date, priority and name,
 * offset and cursor paging.
 */
public final class UserTaskSearchRoutes implements RouteGroup {
    static final Set<String> STATES = Set.of("CREATING", "CREATED", "ASSIGNING", "UPDATING", "COMPLETING", "COMPLETED",
            "CANCELING", "CANCELED", "FAILED");
    private final EngineApi engine;

    public UserTaskSearchRoutes(EngineApi engine) {
        this.engine = engine;
    }

    /** A user task and the state it is read from (its process instance's variables live there). */
    record Item(UserTask task, EngineState state) {
        Map<String, Object> processInstanceVariables() {
            ProcessInstance instance = state.findProcessInstance(task.processInstanceKey());
            return instance == null ? Map.of() : instance.variables();
        }
    }

    static final SearchSpec<Item> SPEC = new SearchSpec<Item>("user task", i -> i.task().key())
            .key("userTaskKey", i -> i.task().key())
            .enumText("state", i -> i.task().state().name(), STATES)
            .text("assignee", i -> i.task().assignee())
            .integer("priority", i -> (long) i.task().priority())
            .text("elementId", i -> i.task().elementId())
            .text("name", i -> i.task().name() == null ? i.task().elementId() : i.task().name())
            .anyText("candidateGroup", i -> i.task().candidateGroups())
            .anyText("candidateUser", i -> i.task().candidateUsers())
            .text("tenantId", i -> i.task().definition().tenantId())
            .text("processDefinitionId", i -> i.task().definition().bpmnProcessId())
            .text("bpmnProcessId", i -> i.task().definition().bpmnProcessId())
            .dateTime("creationDate", i -> i.task().creationTime())
            .dateTime("completionDate", i -> i.task().completionTime())
            .dateTime("followUpDate", i -> UserTaskValues.epochMillis(i.task().followUpDate()))
            .dateTime("dueDate", i -> UserTaskValues.epochMillis(i.task().dueDate()))
            .filter("processInstanceVariables", VariableFilters.of(Item::processInstanceVariables))
            .filter("localVariables", VariableFilters.of(i -> i.task().localVariables()))
            .key("processDefinitionKey", i -> i.task().definition().key())
            .key("processInstanceKey", i -> i.task().processInstanceKey())
            .key("elementInstanceKey", i -> i.task().elementInstanceKey())
            .sort("creationDate", i -> i.task().creationTime())
            .sort("completionDate", i -> i.task().completionTime() < 0 ? null : i.task().completionTime())
            .sort("followUpDate", i -> i.task().followUpDate() == null ? null : UserTaskValues.epochMillis(i.task().followUpDate()))
            .sort("dueDate", i -> i.task().dueDate() == null ? null : UserTaskValues.epochMillis(i.task().dueDate()))
            .sort("priority", i -> i.task().priority())
            .sort("name", i -> i.task().name() == null ? i.task().elementId() : i.task().name());

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/user-tasks/search", ctx -> Searches.answer(ctx, engine, SPEC,
                (state, each) -> {
                    state.userTasks().forEachValue(t -> each.accept(new Item(t, state)));
                    state.finishedUserTasks().forEach(t -> each.accept(new Item(t, state)));
                },
                (state, item) -> UserTaskJson.View.of(item.task(), state), UserTaskJson::write));
    }
}
