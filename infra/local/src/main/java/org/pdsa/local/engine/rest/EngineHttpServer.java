package org.pdsa.local.engine.rest;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The REST API v2 on Javalin/Jetty. Handlers only parse, submit and render: answers are
 * asynchronous (a parked long poll holds no thread). Errors are problem+json, including unknown
 * routes. Route groups are listed here, one line each.
 */
public final class EngineHttpServer implements AutoCloseable {
    private final Javalin app;

    private EngineHttpServer(Javalin app) {
        this.app = app;
    }

    /** The route groups of the engine's API; add yours here. */
    static List<RouteGroup> routeGroups(EngineApi engine) {
        return List.of(
                new TopologyRoutes(engine),
                new DeploymentRoutes(engine),
                new ProcessInstanceRoutes(engine),
                new ProcessInstanceSearchRoutes(engine),
                new UserTaskSearchRoutes(engine),
                new UserTaskRoutes(engine),
                new VariableRoutes(engine),
                new ProcessDefinitionRoutes(engine),
                new ElementInstanceRoutes(engine),
                new JobSearchRoutes(engine),
                new ResourceRoutes(engine),
                new JobRoutes(engine),
                new IncidentRoutes(engine),
                new IncidentSearchRoutes(engine),
                new ClockRoutes(engine),
                new MessageRoutes(engine),
                new MessageSubscriptionSearchRoutes(engine),
                new DecisionRoutes(engine));
    }

    public static EngineHttpServer start(String host, int port, EngineApi engine) {
        return start(host, port, engine, EngineHttpServer::routeGroups);
    }

    public static EngineHttpServer start(String host, int port, EngineApi engine, Function<EngineApi, List<RouteGroup>> groups) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64L << 20;
            config.http.asyncTimeout = 0; // our own timeouts answer long polls and awaits
            config.jetty.multipartConfig.maxFileSize(64, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(128, SizeUnit.MB);
            QueuedThreadPool threads = new QueuedThreadPool(64, 4);
            threads.setName("engine-http");
            config.jetty.threadPool = threads;
            for (RouteGroup group : groups.apply(engine)) group.register(config.routes);
            config.routes.exception(Exception.class, (e, ctx) -> Problems.write(ctx, e));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ResponseJson.ANSWERED) == null) {
                    Problems.write(ctx, 404, "NOT_FOUND", "No endpoint " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> Problems.write(ctx, 405, "METHOD_NOT_ALLOWED",
                    "Method " + ctx.method() + " is not allowed on " + ctx.path()));
        });
        app.start(host, port);
        return new EngineHttpServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
