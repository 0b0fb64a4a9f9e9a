package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.pdsa.camunda.CamundaProcessEngine;
import org.pdsa.camunda.EngineException;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Run;
import org.pdsa.lambda.ClientPriming;
import org.pdsa.lambda.PrimingRequests;
import org.pdsa.store.Store;
import org.pdsa.store.Written;

/**
 * {@code POST /programmes}, {@code GET /programmes/{id}}, {@code POST /programmes/{id}/runs} and
 * {@code GET /programmes/{id}/learning}.
 */
public final class ProgrammesHandler extends ApiHandler {

    private static final java.util.Set<String> RUN_FIELDS = java.util.Set.of("testWindowStart", "testWindowEnd",
            "baselinePeriods");

    private final Store store;
    private final ProcessEngine engine;
    private final Learning learning;

    /** Used by the Lambda runtime. */
    public ProgrammesHandler() {
        this(Store.shared(), CamundaProcessEngine.shared());
        PrimingRequests.register(this, "GET /programmes/{id}", "manager", null, ClientPriming::camunda);
    }

    /** Used by tests and the local gateway. */
    public ProgrammesHandler(Store store, ProcessEngine engine) {
        super(Routes.PROGRAMMES, new Idempotency(Idempotency.Ledger.of(store.idempotency()), Clock.systemUTC()));
        this.store = store;
        this.engine = engine;
        this.learning = new Learning(store);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Route route, ApiRequest request) {
        return switch (route.key()) {
            case "POST /programmes" -> register(request);
            case "GET /programmes/{id}" -> view(request);
            case "POST /programmes/{id}/runs" -> startRun(request);
            case "GET /programmes/{id}/learning" -> Responses.json(200, learning.of(request.caller(),
                    programme(request.pathParameter("id")), "charts".equals(request.query("include"))));
            default -> throw ApiProblem.notFound("no route " + route.key());
        };
    }

    private APIGatewayV2HTTPResponse register(ApiRequest request) {
        Caller caller = request.caller();
        Access.require(Access.role(caller, Role.MANAGER));
        Programme programme = ProgrammeInput.read(request.body());
        if (!programme.isManagedBy(caller.subject())) {
            throw ApiProblem.invalid("managers", "must include you (" + caller.subject()
                    + "), the manager registering the programme");
        }
        Written<Programme> written = store.programmes().register(programme);
        return switch (written.outcome()) {
            case CREATED -> Responses.created("/programmes/" + programme.id(), programme);
            case ALREADY_PRESENT -> Responses.json(200, written.stored());
            case CONFLICT -> throw ApiProblem.conflict("programme " + programme.id()
                    + " is already registered with other details; choose another id");
        };
    }

    private APIGatewayV2HTTPResponse view(ApiRequest request) {
        Programme programme = programme(request.pathParameter("id"));
        Access.require(Access.member(request.caller(), programme));
        ObjectNode body = (ObjectNode) ApiJson.tree(programme);
        body.set("cycles", ApiJson.tree(store.cycles().findByProgramme(programme.id()).stream()
                .map(CycleSummary::of).toList()));
        body.set("runs", ApiJson.tree(store.runs().findByProgramme(programme.id())));
        return Responses.json(200, body);
    }

    private APIGatewayV2HTTPResponse startRun(ApiRequest request) {
        Caller caller = request.caller();
        Programme programme = programme(request.pathParameter("id"));
        Access.require(Access.manager(caller, programme));
        JsonNode body = JsonInput.optionalObject(request.body());
        Instant now = engine.now();
        JsonInput in = new JsonInput();
        in.onlyFields(body, "", RUN_FIELDS);
        StartWindow window = StartWindow.read(in, body, programme, LocalDate.ofInstant(now, ZoneOffset.UTC));
        in.throwIfInvalid();
        String runId = Identifiers.run();
        long instance;
        try {
            instance = engine.startProcess(StartVariables.PROGRAMME_PROCESS,
                    StartVariables.programmeRun(programme, runId, window));
        } catch (EngineException e) {
            throw notDeployed(StartVariables.PROGRAMME_PROCESS, e);
        }
        Run run = new Run(runId, programme.id(), Long.toString(instance), caller.subject(), now);
        store.runs().record(run);
        ObjectNode answer = (ObjectNode) ApiJson.tree(run);
        answer.setAll((ObjectNode) ApiJson.tree(window));
        return Responses.created("/programmes/" + programme.id() + "/runs/" + runId, answer);
    }

    private Programme programme(String id) {
        return store.programmes().find(id).orElseThrow(() -> ApiProblem.notFound("no programme " + id));
    }

    /** A process that cannot start because it is not deployed is our setup's fault, not the caller's. */
    static RuntimeException notDeployed(String processId, EngineException e) {
        if (e.kind() == EngineException.Kind.NOT_FOUND) {
            return new ApiProblem(502, "Bad Gateway", "the process " + processId
                    + " is not deployed to the process engine (deploy workflows/ first): " + e.getMessage(), null, null);
        }
        return e;
    }
}
