package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pdsa.local.engine.state.Incident;

/**
 * {@code POST /v2/incidents/search}, minimal: active incidents filtered by incidentKey,
 * processInstanceKey, jobKey, elementId, errorType and state; offset paging, sorted by key. The
 * full incident search extends or replaces this file.
 */
public final class IncidentSearchRoutes implements RouteGroup {
    private final EngineApi engine;

    public IncidentSearchRoutes(EngineApi engine) {
        this.engine = engine;
    }

    /** An immutable copy of one incident. */
    record View(long key, String bpmnProcessId, long processDefinitionKey, long processInstanceKey, String type, String message,
                String elementId, long elementInstanceKey, long jobKey, long creationTime, String state) {
        static View of(Incident i) {
            return new View(i.key(), i.processInstance().definition().bpmnProcessId(), i.processInstance().definition().key(),
                    i.processInstance().key(), i.type().name(), i.errorMessage(), i.elementInstance().element().id(),
                    i.elementInstance().key(), i.jobKey(), i.creationTime(), i.state().name());
        }
    }

    record Result(List<View> items, long total) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/incidents/search", ctx -> {
            JsonNode request = Http.body(Http.bodyBytes(ctx), IncidentSearchRoutes::readTree);
            JsonNode filter = request.path("filter");
            SearchFilters.Page page = SearchFilters.Page.of(request);
            Http.respond(ctx, engine.query(state -> {
                List<Incident> matches = new ArrayList<>();
                state.incidents().forEachValue(i -> { if (matches(filter, i)) matches.add(i); });
                matches.sort(Comparator.comparingLong(Incident::key));
                List<View> items = new ArrayList<>();
                for (int i = page.from(); i < matches.size() && items.size() < page.limit(); i++) items.add(View.of(matches.get(i)));
                return new Result(items, matches.size());
            }), (c, value) -> {
                Result result = (Result) value;
                ResponseJson.send(c, 200, json -> {
                    json.writeStartObject();
                    json.writeArrayFieldStart("items");
                    for (View v : result.items()) {
                        json.writeStartObject();
                        json.writeStringField("processDefinitionId", v.bpmnProcessId());
                        json.writeStringField("errorType", v.type());
                        json.writeStringField("errorMessage", v.message());
                        json.writeStringField("elementId", v.elementId());
                        ResponseJson.date(json, "creationTime", v.creationTime());
                        json.writeStringField("state", v.state());
                        json.writeStringField("tenantId", "<default>");
                        ResponseJson.key(json, "incidentKey", v.key());
                        ResponseJson.key(json, "processDefinitionKey", v.processDefinitionKey());
                        ResponseJson.key(json, "processInstanceKey", v.processInstanceKey());
                        ResponseJson.key(json, "rootProcessInstanceKey", v.processInstanceKey());
                        ResponseJson.key(json, "elementInstanceKey", v.elementInstanceKey());
                        ResponseJson.optionalKey(json, "jobKey", v.jobKey());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeObjectFieldStart("page");
                    json.writeNumberField("totalItems", result.total());
                    json.writeBooleanField("hasMoreTotalItems", false);
                    json.writeEndObject();
                    json.writeEndObject();
                });
            });
        });
    }

    private static boolean matches(JsonNode filter, Incident i) {
        return SearchFilters.matches(filter.get("incidentKey"), Long.toString(i.key()))
                && SearchFilters.matches(filter.get("processInstanceKey"), Long.toString(i.processInstance().key()))
                && SearchFilters.matches(filter.get("jobKey"), i.jobKey() > 0 ? Long.toString(i.jobKey()) : null)
                && SearchFilters.matches(filter.get("elementId"), i.elementInstance().element().id())
                && SearchFilters.matches(filter.get("errorType"), i.type().name())
                && SearchFilters.matches(filter.get("state"), i.state().name());
    }

    private static JsonNode readTree(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null : ResponseJson.MAPPER.readTree(body);
            return node == null || node.isNull() ? ResponseJson.MAPPER.createObjectNode() : node;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
