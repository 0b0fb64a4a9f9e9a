package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pdsa.local.engine.state.UserTask;

/**
 * {@code POST /v2/user-tasks/search}, minimal: open (CREATED) user tasks filtered by
 * processInstanceKey, elementId, assignee, state and userTaskKey, offset paging, sorted by key.
 * The user-task API (assignment, completion, full search) extends or replaces this file.
 */
public final class UserTaskSearchRoutes implements RouteGroup {
    private final EngineApi engine;

    public UserTaskSearchRoutes(EngineApi engine) {
        this.engine = engine;
    }

    /** An immutable copy of one user task. */
    record View(long key, String elementId, long elementInstanceKey, long processInstanceKey, String bpmnProcessId,
                long processDefinitionKey, String state, String assignee, List<String> candidateGroups,
                List<String> candidateUsers, long creationTime, int priority) {
        static View of(UserTask t) {
            return new View(t.key(), t.elementId(), t.elementInstance().key(), t.processInstance().key(),
                    t.processInstance().definition().bpmnProcessId(), t.processInstance().definition().key(), t.state().name(),
                    t.assignee(), t.candidateGroups(), t.candidateUsers(), t.creationTime(), t.priority());
        }
    }

    record Result(List<View> items, long total) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/user-tasks/search", ctx -> {
            JsonNode request = Http.body(Http.bodyBytes(ctx), UserTaskSearchRoutes::readTree);
            JsonNode filter = request.path("filter");
            SearchFilters.Page page = SearchFilters.Page.of(request);
            Http.respond(ctx, engine.query(state -> {
                List<UserTask> matches = new ArrayList<>();
                state.userTasks().forEachValue(t -> { if (matches(filter, t)) matches.add(t); });
                matches.sort(Comparator.comparingLong(UserTask::key));
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
                        ResponseJson.key(json, "userTaskKey", v.key());
                        json.writeStringField("elementId", v.elementId());
                        ResponseJson.key(json, "elementInstanceKey", v.elementInstanceKey());
                        ResponseJson.key(json, "processInstanceKey", v.processInstanceKey());
                        json.writeStringField("processDefinitionId", v.bpmnProcessId());
                        ResponseJson.key(json, "processDefinitionKey", v.processDefinitionKey());
                        json.writeStringField("state", v.state());
                        if (v.assignee() != null) json.writeStringField("assignee", v.assignee());
                        json.writeFieldName("candidateGroups");
                        ResponseJson.MAPPER.writeValue(json, v.candidateGroups());
                        json.writeFieldName("candidateUsers");
                        ResponseJson.MAPPER.writeValue(json, v.candidateUsers());
                        ResponseJson.date(json, "creationDate", v.creationTime());
                        json.writeNumberField("priority", v.priority());
                        json.writeStringField("tenantId", "<default>");
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

    private static boolean matches(JsonNode filter, UserTask t) {
        return SearchFilters.matches(filter.get("userTaskKey"), Long.toString(t.key()))
                && SearchFilters.matches(filter.get("processInstanceKey"), Long.toString(t.processInstance().key()))
                && SearchFilters.matches(filter.get("elementId"), t.elementId())
                && SearchFilters.matches(filter.get("assignee"), t.assignee())
                && SearchFilters.matches(filter.get("state"), t.state().name());
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
