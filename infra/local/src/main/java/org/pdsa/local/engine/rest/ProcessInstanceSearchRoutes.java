package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.Map;
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
            .group(Set.of("elementId", "elementInstanceState", "hasElementInstanceIncident"), ProcessInstanceSearchRoutes::elementFilter)
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
                (state, pi) -> ProcessInstanceJson.View.of(state, pi), ProcessInstanceJson::write));
    }

    /**
     * {@code elementId}, {@code elementInstanceState} and {@code hasElementInstanceIncident}: the
     * instance has one element instance (running or finished) that satisfies all of those given.
     */
    private static Predicate<ProcessInstance> elementFilter(Map<String, JsonNode> fields) {
        Predicate<String> id = fields.containsKey("elementId") ? FieldConditions.text("elementId", fields.get("elementId"), null) : x -> true;
        Predicate<String> state = fields.containsKey("elementInstanceState")
                ? FieldConditions.text("elementInstanceState", fields.get("elementInstanceState"), ELEMENT_STATES) : x -> true;
        Predicate<String> incident = fields.containsKey("hasElementInstanceIncident")
                ? FieldConditions.text("hasElementInstanceIncident", fields.get("hasElementInstanceIncident"), Set.of("true", "false")) : x -> true;
        return pi -> {
            for (ElementRecord r : pi.trail()) {
                if (id.test(r.elementId()) && state.test(ElementInstanceJson.stateOf(r.state())) && incident.test("false")) return true;
            }
            return pi.root() != null && anyRunning(pi.root(), id, state, incident);
        };
    }

    private static boolean anyRunning(ElementInstance scope, Predicate<String> id, Predicate<String> state, Predicate<String> incident) {
        for (ElementInstance child : scope.children()) {
            if (id.test(child.element().id()) && state.test(ElementInstanceJson.stateOf(child.state()))
                    && incident.test(Boolean.toString(child.incidentKey() > 0))) return true;
            if (anyRunning(child, id, state, incident)) return true;
        }
        return false;
    }
}
