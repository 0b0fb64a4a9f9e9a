package org.pdsa.local.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.pdsa.api.AnalysesHandler;
import org.pdsa.api.CyclesHandler;
import org.pdsa.api.HealthHandler;
import org.pdsa.api.MeasurementsHandler;
import org.pdsa.api.ProgrammesHandler;
import org.pdsa.api.TasksHandler;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.store.Store;

/**
 * The API's Lambda handlers built with the local stack's collaborators (its table and its engine) through
 * their second constructor, one per handler class of the route table.
 */
public final class InProcessHandlers {

    private InProcessHandlers() {
    }

    public static Map<Class<?>, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> create(Store store,
            ProcessEngine engine) {
        return Map.of(
                ProgrammesHandler.class, new ProgrammesHandler(store, engine),
                CyclesHandler.class, new CyclesHandler(store, engine),
                MeasurementsHandler.class, new MeasurementsHandler(store, engine),
                TasksHandler.class, new TasksHandler(store, engine),
                AnalysesHandler.class, new AnalysesHandler(),
                HealthHandler.class, new HealthHandler(new ObjectMapper()));
    }
}
