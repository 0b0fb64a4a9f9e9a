package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import org.pdsa.local.engine.processing.CommandType;

/** {@code POST /v2/incidents/{key}/resolution}. (Incident search is added in its own route group.) */
public final class IncidentRoutes implements RouteGroup {
    private final EngineApi engine;

    public IncidentRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/incidents/{incidentKey}/resolution", ctx -> {
            long key = Http.key(ctx, "incidentKey");
            Http.noContent(ctx, engine.submit(CommandType.RESOLVE_INCIDENT, key, null, null));
        });
    }
}
