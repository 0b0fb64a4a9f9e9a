package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.state.ProcessInstance;

/** Cancel and get process instances (create is a hot route: {@link HotRoutes}). */
public final class ProcessInstanceRoutes implements RouteGroup {
    private final EngineApi engine;

    public ProcessInstanceRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/process-instances/{processInstanceKey}/cancellation", ctx -> {
            long key = Http.key(ctx, "processInstanceKey");
            Http.noContent(ctx, engine.submit(CommandType.CANCEL_PROCESS_INSTANCE, key, null, null));
        });
        routes.get("/v2/process-instances/{processInstanceKey}", ctx -> {
            long key = Http.key(ctx, "processInstanceKey");
            Http.respond(ctx, engine.query(state -> {
                ProcessInstance instance = state.findProcessInstance(key);
                if (instance == null) {
                    throw new RejectionException(Rejection.notFound("Process instance with key '" + key + "' not found"));
                }
                return ProcessInstanceJson.View.of(state, instance);
            }), (c, value) -> ResponseJson.send(c, 200, json -> ProcessInstanceJson.write(json, (ProcessInstanceJson.View) value)));
        });
    }
}
