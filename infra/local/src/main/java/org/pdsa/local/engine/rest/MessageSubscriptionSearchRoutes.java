package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pdsa.local.engine.state.EventSubscription;

/**
 * {@code POST /v2/message-subscriptions/search}: the open message subscriptions of running
 * process instances (state CREATED), filtered by the documented fields in both filter shapes,
 * offset paging, sorted by key.
 */
public final class MessageSubscriptionSearchRoutes implements RouteGroup {
    private final EngineApi engine;

    public MessageSubscriptionSearchRoutes(EngineApi engine) {
        this.engine = engine;
    }

    /** An immutable copy of one subscription. */
    record View(long key, String processDefinitionId, long processDefinitionKey, long processInstanceKey, String elementId,
                long elementInstanceKey, long createdAt, String messageName, String correlationKey, String tenantId) {
        static View of(EventSubscription s) {
            return new View(s.key(), s.definition().bpmnProcessId(), s.definition().key(), s.owner().processInstance().key(),
                    s.catchEvent().id(), s.owner().key(), s.createdAt(), s.messageName(), s.correlationKey(),
                    s.definition().tenantId() == null || s.definition().tenantId().isBlank() ? "<default>" : s.definition().tenantId());
        }
    }

    record Result(List<View> items, long total) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/message-subscriptions/search", ctx -> {
            JsonNode request = Http.body(Http.bodyBytes(ctx), MessageSubscriptionSearchRoutes::readTree);
            JsonNode filter = request.path("filter");
            SearchFilters.Page page = SearchFilters.Page.of(request);
            Http.respond(ctx, engine.query(state -> {
                List<View> matches = new ArrayList<>();
                state.events().subscriptions().forEach(s -> {
                    if (s.kind() == EventSubscription.Kind.MESSAGE && s.owner() != null) {
                        View view = View.of(s);
                        if (matches(filter, view)) matches.add(view);
                    }
                });
                matches.sort(Comparator.comparingLong(View::key));
                List<View> items = matches.subList(Math.min(page.from(), matches.size()),
                        Math.min(matches.size(), page.from() + page.limit()));
                return new Result(List.copyOf(items), matches.size());
            }), (c, value) -> ResponseJson.send(c, 200, json -> {
                Result result = (Result) value;
                json.writeStartObject();
                json.writeArrayFieldStart("items");
                for (View v : result.items()) {
                    json.writeStartObject();
                    ResponseJson.key(json, "messageSubscriptionKey", v.key());
                    json.writeStringField("processDefinitionId", v.processDefinitionId());
                    ResponseJson.key(json, "processDefinitionKey", v.processDefinitionKey());
                    ResponseJson.key(json, "processInstanceKey", v.processInstanceKey());
                    ResponseJson.key(json, "rootProcessInstanceKey", v.processInstanceKey());
                    json.writeStringField("elementId", v.elementId());
                    ResponseJson.key(json, "elementInstanceKey", v.elementInstanceKey());
                    json.writeStringField("messageSubscriptionState", "CREATED");
                    ResponseJson.date(json, "lastUpdatedDate", v.createdAt());
                    json.writeStringField("messageName", v.messageName());
                    json.writeStringField("correlationKey", v.correlationKey());
                    json.writeStringField("tenantId", v.tenantId());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeObjectFieldStart("page");
                json.writeNumberField("totalItems", result.total());
                json.writeBooleanField("hasMoreTotalItems", false);
                json.writeEndObject();
                json.writeEndObject();
            }));
        });
    }

    private static boolean matches(JsonNode filter, View v) {
        return SearchFilters.matches(filter.get("messageSubscriptionKey"), Long.toString(v.key()))
                && SearchFilters.matches(filter.get("processDefinitionKey"), Long.toString(v.processDefinitionKey()))
                && SearchFilters.matches(filter.get("processDefinitionId"), v.processDefinitionId())
                && SearchFilters.matches(filter.get("processInstanceKey"), Long.toString(v.processInstanceKey()))
                && SearchFilters.matches(filter.get("elementId"), v.elementId())
                && SearchFilters.matches(filter.get("elementInstanceKey"), Long.toString(v.elementInstanceKey()))
                && SearchFilters.matches(filter.get("messageSubscriptionState"), "CREATED")
                && SearchFilters.matches(filter.get("messageName"), v.messageName())
                && SearchFilters.matches(filter.get("correlationKey"), v.correlationKey())
                && SearchFilters.matches(filter.get("tenantId"), v.tenantId());
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
