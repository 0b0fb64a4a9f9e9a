package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.processing.commands.SetVariables;
import org.pdsa.local.engine.rest.search.SearchSpec;
import org.pdsa.local.engine.rest.search.Searches;

/**
 * {@code POST /v2/variables/search}, {@code GET /v2/variables/{key}} and
 * {@code PUT /v2/element-instances/{key}/variables} (journaled: set locally or propagated).
 */
public final class VariableRoutes implements RouteGroup {
    static final SearchSpec<VariableItem> SPEC = new SearchSpec<VariableItem>("variable", VariableItem::key)
            .text("name", VariableItem::name)
            .text("value", VariableItem::json)
            .text("tenantId", VariableItem::tenantId)
            .bool("isTruncated", v -> VariableValues.truncated(v.json()))
            .key("variableKey", VariableItem::key)
            .key("scopeKey", VariableItem::scopeKey)
            .key("processInstanceKey", VariableItem::processInstanceKey)
            .sort("value", VariableItem::json)
            .sort("name", VariableItem::name)
            .sort("tenantId", VariableItem::tenantId)
            .sort("variableKey", VariableItem::key)
            .sort("scopeKey", VariableItem::scopeKey)
            .sort("processInstanceKey", VariableItem::processInstanceKey);

    private final EngineApi engine;

    public VariableRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/variables/search", ctx -> {
            boolean truncate = truncateValues(ctx);
            Searches.answer(ctx, engine, SPEC, VariableItem::forEach, (state, v) -> v, (json, v) -> v.write(json, truncate));
        });
        routes.get("/v2/variables/{variableKey}", ctx -> {
            long key = Http.key(ctx, "variableKey");
            Http.respond(ctx, engine.query(state -> {
                List<VariableItem> found = new ArrayList<>(1);
                VariableItem.forEach(state, v -> {
                    if (v.key() == key) found.add(v);
                });
                if (found.isEmpty()) throw new RejectionException(Rejection.notFound("Variable with key '" + key + "' not found"));
                return found.get(0);
            }), (c, value) -> ResponseJson.send(c, 200, json -> ((VariableItem) value).write(json, false)));
        });
        routes.put("/v2/element-instances/{elementInstanceKey}/variables", ctx -> {
            long key = Http.key(ctx, "elementInstanceKey");
            byte[] body = Http.bodyBytes(ctx);
            SetVariables request = Http.body(body, SetVariables::decode);
            if (request.variables() == null) throw ProblemException.badRequest("Expected 'variables' (an object) to set, but none given");
            Http.noContent(ctx, engine.submit(CommandType.SET_VARIABLES, key, body, request));
        });
    }

    /** The {@code truncateValues} query parameter (default true). */
    static boolean truncateValues(Context ctx) {
        String value = ctx.queryParam("truncateValues");
        if (value == null || value.isBlank()) return true;
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) return Boolean.parseBoolean(value);
        throw ProblemException.badRequest("Expected query parameter 'truncateValues' to be true or false, but was '" + value + "'");
    }
}
