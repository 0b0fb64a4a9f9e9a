package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;

/** The routes of one REST resource (jobs, process instances, ...); listed in {@link EngineHttpServer}. */
public interface RouteGroup {
    void register(RoutesConfig routes);
}
