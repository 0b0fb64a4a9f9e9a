package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pdsa.local.engine.model.ElementType;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.rest.search.SearchSpec;
import org.pdsa.local.engine.rest.search.Searches;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementRecord;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * {@code POST /v2/element-instances/search} and {@code GET /v2/element-instances/{key}}: running
 * and finished element instances of running and retained finished process instances (timelines).
 */
public final class ElementInstanceRoutes implements RouteGroup {
    private static final Set<String> TYPES = types();

    static final SearchSpec<ElementInstanceJson.View> SPEC = new SearchSpec<ElementInstanceJson.View>("element instance",
            ElementInstanceJson.View::key)
            .key("elementInstanceKey", ElementInstanceJson.View::key)
            .key("processInstanceKey", ElementInstanceJson.View::processInstanceKey)
            .key("processDefinitionKey", ElementInstanceJson.View::processDefinitionKey)
            .text("processDefinitionId", ElementInstanceJson.View::processDefinitionId)
            .text("elementId", ElementInstanceJson.View::elementId)
            .text("elementName", ElementInstanceJson.View::elementName)
            .enumText("type", ElementInstanceJson.View::type, TYPES)
            .enumText("state", ElementInstanceJson.View::state, ProcessInstanceSearchRoutes.ELEMENT_STATES)
            .bool("hasIncident", ElementInstanceJson.View::hasIncident)
            .key("incidentKey", ElementInstanceJson.View::incidentKey)
            .text("tenantId", ElementInstanceJson.View::tenantId)
            .dateTime("startDate", ElementInstanceJson.View::startTime)
            .dateTime("endDate", ElementInstanceJson.View::endTime)
            .sort("elementInstanceKey", ElementInstanceJson.View::key)
            .sort("processInstanceKey", ElementInstanceJson.View::processInstanceKey)
            .sort("processDefinitionKey", ElementInstanceJson.View::processDefinitionKey)
            .sort("processDefinitionId", ElementInstanceJson.View::processDefinitionId)
            .sort("startDate", ElementInstanceJson.View::startTime)
            .sort("endDate", v -> v.endTime() < 0 ? null : v.endTime())
            .sort("elementId", ElementInstanceJson.View::elementId)
            .sort("elementName", ElementInstanceJson.View::elementName)
            .sort("type", ElementInstanceJson.View::type)
            .sort("state", ElementInstanceJson.View::state)
            .sort("incidentKey", v -> v.incidentKey() > 0 ? v.incidentKey() : null)
            .sort("tenantId", ElementInstanceJson.View::tenantId);

    private final EngineApi engine;

    public ElementInstanceRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/element-instances/search", ctx -> Searches.answer(ctx, engine, SPEC, ElementInstanceJson::forEach,
                (state, v) -> v, ElementInstanceJson::write));
        routes.get("/v2/element-instances/{elementInstanceKey}", ctx -> {
            long key = Http.key(ctx, "elementInstanceKey");
            Http.respond(ctx, engine.query(state -> find(state, key)),
                    (c, value) -> ResponseJson.send(c, 200, json -> ElementInstanceJson.write(json, (ElementInstanceJson.View) value)));
        });
    }

    private static ElementInstanceJson.View find(EngineState state, long key) {
        ElementInstance running = state.elementInstances().get(key);
        if (running != null) return ElementInstanceJson.View.running(running, state.rootOf(running.processInstance().key()));
        List<ElementInstanceJson.View> found = new ArrayList<>(1);
        java.util.function.Consumer<ProcessInstance> search = pi -> {
            if (!found.isEmpty()) return;
            for (ElementRecord r : pi.trail()) {
                if (r.key() == key) {
                    found.add(ElementInstanceJson.View.finished(r, pi, state.rootOf(pi.key())));
                    return;
                }
            }
        };
        state.processInstances().forEachValue(search);
        state.history().forEach(search);
        if (found.isEmpty()) throw new RejectionException(Rejection.notFound("Element instance with key '" + key + "' not found"));
        return found.get(0);
    }

    private static Set<String> types() {
        Set<String> types = new java.util.HashSet<>();
        for (ElementType t : ElementType.values()) types.add(t.name());
        types.addAll(Set.of("UNSPECIFIED", "MULTI_INSTANCE_BODY", "AD_HOC_SUB_PROCESS_INNER_INSTANCE"));
        return Set.copyOf(types);
    }
}
