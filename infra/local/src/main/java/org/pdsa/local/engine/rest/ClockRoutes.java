package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.commands.ClockCommands;

/**
 * {@code PUT /v2/clock} (pin), {@code POST /v2/clock/reset} and {@code GET /v2/clock} (the engine's
 * time, pinned or not, as {@code {"timestamp": ISO 8601}} like Camunda 8.11+).
 */
public final class ClockRoutes implements RouteGroup {
    private final EngineApi engine;

    public ClockRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put("/v2/clock", ctx -> {
            byte[] body = Http.bodyBytes(ctx);
            ClockCommands.Pin pin = Http.body(body, ClockCommands.Pin::decode);
            Http.noContent(ctx, engine.submit(CommandType.PIN_CLOCK, 0, body, pin));
        });
        routes.post("/v2/clock/reset", ctx -> Http.noContent(ctx, engine.submit(CommandType.RESET_CLOCK, 0, null, null)));
        routes.get("/v2/clock", ctx -> Http.respond(ctx, engine.query(state -> state.clock().now()), (c, value) ->
                ResponseJson.send(c, 200, json -> {
                    json.writeStartObject();
                    ResponseJson.date(json, "timestamp", (Long) value);
                    json.writeEndObject();
                })));
    }
}
