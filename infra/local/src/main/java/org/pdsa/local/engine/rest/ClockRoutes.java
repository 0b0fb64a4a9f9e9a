package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.commands.ClockCommands;

/** {@code PUT /v2/clock} (pin) and {@code POST /v2/clock/reset}. */
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
    }
}
