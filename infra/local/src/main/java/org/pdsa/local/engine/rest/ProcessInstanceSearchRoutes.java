package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.Set;
import java.util.function.Predicate;
import org.pdsa.local.engine.rest.search.FieldConditions;
import org.pdsa.local.engine.rest.search.SearchSpec;
import org.pdsa.local.engine.rest.search.Searches;
import org.pdsa.local.engine.rest.search.VariableFilters;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementRecord;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * {@code POST /v2/process-instances/search} over running and retained finished instances: the
 * documented filters (definition id/key/name/version/tag, state, parent keys, start and end date
 * ranges, incidents, root variables, element id and state, {@code $or}), sorting and paging.
 */
public final class ProcessInstanceSearchRoutes implements RouteGroup {
    static final Set<String> STATES = Set.of("ACTIVE", "COMPLETED", "TERMINATED");
    static final Set<String> ELEMENT_STATES = Set.of("ACTIVE", "COMPLETED", "TERMINATED");

    static final SearchSpec<ProcessInstance> SPEC = new SearchSpec<ProcessInstance>("process instance", ProcessInstance::key)
            .key("processInstanceKey", ProcessInstance::key)
            .text("processDefinitionId", pi -> pi.definition().bpmnProcessId())
            .text("bpmnProcessId", pi -> pi.definition().bpmnProcessId())
            .text("processDefinitionName", pi -> pi.definition().name())
            .integer("processDefinitionVersion", pi -> (long) pi.definition().version())
            .text("processDefinitionVersionTag", pi -> pi.definition().versionTag())
            .key("processDefinitionKey", pi -> pi.definition().key())
            .enumText("state", pi -> pi.state().name(), STATES)
            .key("parentProcessInstanceKey", ProcessInstance::parentProcessInstanceKey)
            .key("parentElementInstanceKey", ProcessInstance::parentElementInstanceKey)
            .dateTime("startDate", ProcessInstance::startTime)
            .dateTime("endDate", ProcessInstance::endTime)
            .bool("hasIncident", ProcessInstance::hasIncident)
            .text("tenantId", pi -> pi.definition().tenantId())
            .filter("variables", VariableFilters.of(ProcessInstance::variables))
            .filter("elementId", (field, node) -> elementFilter(field, node, false))
            .filter("elementInstanceState", (field, node) -> elementFilter(field, node, true))
            .sort("processInstanceKey", ProcessInstance::key)
            .sort("processDefinitionId", pi -> pi.definition().bpmnProcessId())
            .sort("processDefinitionName", pi -> pi.definition().name())
            .sort("processDefinitionVersion", pi -> pi.definition().version())
            .sort("processDefinitionVersionTag", pi -> pi.definition().versionTag())
            .sort("processDefinitionKey", pi -> pi.definition().key())
            .sort("parentProcessInstanceKey", pi -> pi.parentProcessInstanceKey() > 0 ? pi.parentProcessInstanceKey() : null)
            .sort("parentElementInstanceKey", pi -> pi.parentElementInstanceKey() > 0 ? pi.parentElementInstanceKey() : null)
            .sort("startDate", ProcessInstance::startTime)
            .sort("endDate", pi -> pi.endTime() < 0 ? null : pi.endTime())
            .sort("state", pi -> pi.state().name())
            .sort("hasIncident", ProcessInstance::hasIncident)
            .sort("tenantId", pi -> pi.definition().tenantId());

    private final EngineApi engine;

    public ProcessInstanceSearchRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/process-instances/search", ctx -> Searches.answer(ctx, engine, SPEC,
                (state, each) -> {
                    state.processInstances().forEachValue(each);
                    state.history().forEach(each);
                },
                (state, pi) -> ProcessInstanceJson.View.of(pi), ProcessInstanceJson::write));
    }

    /**
     * {@code elementId} and {@code elementInstanceState}: the instance has an element instance
     * (running or finished) whose element id, respectively state, satisfies the filter.
     */
    private static Predicate<ProcessInstance> elementFilter(String field, JsonNode node, boolean byState) {
        Predicate<String> test = FieldConditions.text(field, node, byState ? ELEMENT_STATES : null);
        return pi -> {
            ElementInstance root = pi.root();
            if (root != null && anyRunning(root, test, byState)) return true;
            for (ElementRecord r : pi.trail()) {
                if (test.test(byState ? ElementInstanceJson.stateOf(r.state()) : r.elementId())) return true;
            }
            return false;
        };
    }

    private static boolean anyRunning(ElementInstance scope, Predicate<String> test, boolean byState) {
        for (ElementInstance child : scope.children()) {
            if (test.test(byState ? ElementInstanceJson.stateOf(child.state()) : child.element().id())) return true;
            if (anyRunning(child, test, byState)) return true;
        }
        return false;
    }
}
