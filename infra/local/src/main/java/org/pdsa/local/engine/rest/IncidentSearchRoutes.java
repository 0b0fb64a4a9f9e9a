package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.util.Set;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.rest.search.SearchSpec;
import org.pdsa.local.engine.rest.search.Searches;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.IncidentRecord;

/**
 * {@code POST /v2/incidents/search} and {@code GET /v2/incidents/{key}} over active and retained
 * resolved incidents, with every documented filter and sort field; also the incidents of one
 * process instance (and the instances it called) and of one element instance (and what runs inside it).
 */
public final class IncidentSearchRoutes implements RouteGroup {
    private static final Set<String> STATES = Set.of("ACTIVE", "MIGRATED", "RESOLVED", "PENDING");
    private static final Set<String> ERROR_TYPES = errorTypes();

    /** An incident and the root of its call hierarchy. */
    record View(IncidentRecord incident, long rootProcessInstanceKey) {}

    static final SearchSpec<IncidentRecord> SPEC = new SearchSpec<IncidentRecord>("incident", IncidentRecord::key)
            .key("incidentKey", IncidentRecord::key)
            .text("processDefinitionId", i -> i.definition().bpmnProcessId())
            .key("processDefinitionKey", i -> i.definition().key())
            .key("processInstanceKey", IncidentRecord::processInstanceKey)
            .enumText("errorType", i -> i.type().name(), ERROR_TYPES)
            .text("errorMessage", IncidentRecord::errorMessage)
            .text("elementId", IncidentRecord::elementId)
            .key("elementInstanceKey", IncidentRecord::elementInstanceKey)
            .dateTime("creationTime", IncidentRecord::creationTime)
            .enumText("state", i -> i.state().name(), STATES)
            .key("jobKey", IncidentRecord::jobKey)
            .text("tenantId", i -> i.definition().tenantId())
            .sort("incidentKey", IncidentRecord::key)
            .sort("processDefinitionKey", i -> i.definition().key())
            .sort("processDefinitionId", i -> i.definition().bpmnProcessId())
            .sort("processInstanceKey", IncidentRecord::processInstanceKey)
            .sort("errorType", i -> i.type().name())
            .sort("elementId", IncidentRecord::elementId)
            .sort("elementInstanceKey", IncidentRecord::elementInstanceKey)
            .sort("creationTime", IncidentRecord::creationTime)
            .sort("state", i -> i.state().name())
            .sort("jobKey", i -> i.jobKey() > 0 ? i.jobKey() : null)
            .sort("tenantId", i -> i.definition().tenantId());

    private final EngineApi engine;

    public IncidentSearchRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/incidents/search", ctx -> Searches.answer(ctx, engine, SPEC, IncidentSearchRoutes::forEach,
                (state, i) -> new View(i, state.rootOf(i.processInstanceKey())), IncidentSearchRoutes::write));
        routes.post("/v2/process-instances/{processInstanceKey}/incidents/search", ctx -> {
            long key = Http.key(ctx, "processInstanceKey");
            Searches.answer(ctx, engine, SPEC, (state, each) -> {
                if (state.findProcessInstance(key) == null) {
                    throw new RejectionException(Rejection.notFound("Process instance with key '" + key + "' not found"));
                }
                forEach(state, i -> {
                    if (i.processInstanceKey() == key || state.rootOf(i.processInstanceKey()) == key) each.accept(i);
                });
            }, (state, i) -> new View(i, state.rootOf(i.processInstanceKey())), IncidentSearchRoutes::write);
        });
        routes.post("/v2/element-instances/{elementInstanceKey}/incidents/search", ctx -> {
            long key = Http.key(ctx, "elementInstanceKey");
            Searches.answer(ctx, engine, SPEC, (state, each) -> forEach(state, i -> {
                if (i.elementInstanceKey() == key || within(state, i.elementInstanceKey(), key)) each.accept(i);
            }), (state, i) -> new View(i, state.rootOf(i.processInstanceKey())), IncidentSearchRoutes::write);
        });
        routes.get("/v2/incidents/{incidentKey}", ctx -> {
            long key = Http.key(ctx, "incidentKey");
            Http.respond(ctx, engine.query(state -> {
                Incident active = state.incidents().get(key);
                IncidentRecord incident = active != null ? IncidentRecord.of(active) : state.resolvedIncidents().get(key);
                if (incident == null) throw new RejectionException(Rejection.notFound("Incident with key '" + key + "' not found"));
                return new View(incident, state.rootOf(incident.processInstanceKey()));
            }), (c, value) -> ResponseJson.send(c, 200, json -> write(json, (View) value)));
        });
    }

    static void forEach(EngineState state, java.util.function.Consumer<IncidentRecord> action) {
        state.incidents().forEachValue(i -> action.accept(IncidentRecord.of(i)));
        state.resolvedIncidents().forEach(action);
    }

    /** Whether a running element instance lies inside the (running) element instance {@code container}. */
    private static boolean within(EngineState state, long elementInstanceKey, long container) {
        ElementInstance e = state.elementInstances().get(elementInstanceKey);
        for (ElementInstance scope = e == null ? null : e.flowScope(); scope != null; scope = scope.flowScope()) {
            if (scope.key() == container) return true;
        }
        return false;
    }

    static void write(JsonGenerator json, View view) throws IOException {
        IncidentRecord i = view.incident();
        json.writeStartObject();
        json.writeStringField("processDefinitionId", i.definition().bpmnProcessId());
        json.writeStringField("errorType", i.type().name());
        json.writeStringField("errorMessage", i.errorMessage());
        json.writeStringField("elementId", i.elementId());
        ResponseJson.date(json, "creationTime", i.creationTime());
        json.writeStringField("state", i.state().name());
        json.writeStringField("tenantId", i.definition().tenantId());
        ResponseJson.key(json, "incidentKey", i.key());
        ResponseJson.key(json, "processDefinitionKey", i.definition().key());
        ResponseJson.key(json, "processInstanceKey", i.processInstanceKey());
        ResponseJson.key(json, "rootProcessInstanceKey", view.rootProcessInstanceKey());
        ResponseJson.key(json, "elementInstanceKey", i.elementInstanceKey());
        ResponseJson.optionalKey(json, "jobKey", i.jobKey());
        json.writeEndObject();
    }

    private static Set<String> errorTypes() {
        Set<String> types = new java.util.HashSet<>();
        for (Incident.Type t : Incident.Type.values()) types.add(t.name());
        types.addAll(Set.of("AD_HOC_SUB_PROCESS_NO_RETRIES", "TASK_LISTENER_NO_RETRIES", "EXECUTION_LISTENER_NO_RETRIES",
                "UNHANDLED_ERROR_EVENT", "UNSPECIFIED"));
        return Set.copyOf(types);
    }
}
