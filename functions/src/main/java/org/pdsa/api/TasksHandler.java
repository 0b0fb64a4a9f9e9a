package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;
import org.pdsa.camunda.CamundaClients;
import org.pdsa.camunda.CamundaProcessEngine;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.lambda.ClientPriming;
import org.pdsa.lambda.PrimingRequests;
import org.pdsa.store.Store;

/**
 * {@code GET /tasks}, {@code GET /tasks/{key}}, {@code GET /tasks/{key}/form},
 * {@code POST /tasks/{key}/assignment} (claim) and {@code POST /tasks/{key}/completion}.
 */
public final class TasksHandler extends ApiHandler {

    private final TaskList list;
    private final TaskWork work;

    /** Used by the Lambda runtime. */
    public TasksHandler() {
        // every task list asks Camunda: its client builds on another thread while this one builds the store, and
        // then asks the cluster for its topology (the REST path and the OAuth token the first request needs)
        this(storeWhileCamundaBuilds(), CamundaProcessEngine.shared());
        PrimingRequests.register(this, "GET /tasks", "staff", null, ClientPriming::table);
    }

    private static Store storeWhileCamundaBuilds() {
        CamundaClients.sharedInBackground(ClientPriming::camunda);
        return Store.shared();
    }

    /** Used by tests and the local gateway. */
    public TasksHandler(Store store, ProcessEngine engine) {
        super(Routes.TASKS, new Idempotency(Idempotency.Ledger.of(store.idempotency()), Clock.systemUTC()));
        this.list = new TaskList(store, engine);
        this.work = new TaskWork(store, engine);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Route route, ApiRequest request) {
        Caller caller = request.caller();
        return switch (route.key()) {
            case "GET /tasks" -> Responses.json(200, Map.of("tasks",
                    list.of(caller, request.query("programme"), request.query("cycle"))));
            case "GET /tasks/{key}" -> Responses.json(200, work.view(caller, request.pathParameter("key")));
            case "GET /tasks/{key}/form" -> Responses.json(200, work.form(caller, request.pathParameter("key")));
            case "POST /tasks/{key}/assignment" -> Responses.json(200, work.claim(caller, request.pathParameter("key"),
                    JsonInput.optionalObject(request.body())));
            case "POST /tasks/{key}/completion" -> Responses.json(200, work.complete(caller,
                    request.pathParameter("key"), JsonInput.optionalObject(request.body())));
            default -> throw ApiProblem.notFound("no route " + route.key());
        };
    }
}
