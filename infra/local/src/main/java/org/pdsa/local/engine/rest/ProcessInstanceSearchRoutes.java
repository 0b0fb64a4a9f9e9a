package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * {@code POST /v2/process-instances/search}, minimal: filters on processInstanceKey,
 * processDefinitionId, processDefinitionKey, processDefinitionVersion, state and hasIncident (both
 * filter shapes), offset paging, sorted by key. The full search API extends or replaces this file.
 */
public final class ProcessInstanceSearchRoutes implements RouteGroup {
    private final EngineApi engine;

    public ProcessInstanceSearchRoutes(EngineApi engine) {
        this.engine = engine;
    }

    /** One page of matches and the total. */
    record Result(List<ProcessInstanceJson.View> items, long total) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/process-instances/search", ctx -> {
            JsonNode request = Http.body(Http.bodyBytes(ctx), ProcessInstanceSearchRoutes::readTree);
            JsonNode filter = request.path("filter");
            SearchFilters.Page page = SearchFilters.Page.of(request);
            Http.respond(ctx, engine.query(state -> {
                List<ProcessInstance> matches = new ArrayList<>();
                state.processInstances().forEachValue(pi -> { if (matches(filter, pi)) matches.add(pi); });
                state.history().forEach(pi -> { if (matches(filter, pi)) matches.add(pi); });
                matches.sort(Comparator.comparingLong(ProcessInstance::key));
                List<ProcessInstanceJson.View> items = new ArrayList<>();
                for (int i = page.from(); i < matches.size() && items.size() < page.limit(); i++) {
                    items.add(ProcessInstanceJson.View.of(matches.get(i)));
                }
                return new Result(items, matches.size());
            }), (c, value) -> {
                Result result = (Result) value;
                ResponseJson.send(c, 200, json -> {
                    json.writeStartObject();
                    json.writeArrayFieldStart("items");
                    for (ProcessInstanceJson.View view : result.items()) ProcessInstanceJson.write(json, view);
                    json.writeEndArray();
                    json.writeObjectFieldStart("page");
                    json.writeNumberField("totalItems", result.total());
                    json.writeBooleanField("hasMoreTotalItems", false);
                    json.writeNullField("startCursor");
                    json.writeNullField("endCursor");
                    json.writeEndObject();
                    json.writeEndObject();
                });
            });
        });
    }

    private static boolean matches(JsonNode filter, ProcessInstance pi) {
        return SearchFilters.matches(filter.get("processInstanceKey"), Long.toString(pi.key()))
                && SearchFilters.matches(filter.get("processDefinitionId"), pi.definition().bpmnProcessId())
                && SearchFilters.matches(filter.get("processDefinitionKey"), Long.toString(pi.definition().key()))
                && SearchFilters.matches(filter.get("processDefinitionVersion"), Integer.toString(pi.definition().version()))
                && SearchFilters.matches(filter.get("state"), pi.state().name())
                && SearchFilters.matches(filter.get("hasIncident"), Boolean.toString(pi.hasIncident()));
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
