package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.pdsa.camunda.CamundaProcessEngine;
import org.pdsa.camunda.EngineException;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.lambda.ClientPriming;
import org.pdsa.lambda.PrimingRequests;
import org.pdsa.store.Store;

/**
 * {@code POST /cycles} (a provider starts a standalone cycle for itself) and {@code GET /cycles/{id}}.
 */
public final class CyclesHandler extends ApiHandler {

    private static final Set<String> START_FIELDS = Set.of("programme", "provider", "testWindowStart", "testWindowEnd",
            "baselinePeriods");

    private final Store store;
    private final ProcessEngine engine;
    private final CycleView view;

    /** Used by the Lambda runtime. */
    public CyclesHandler() {
        this(Store.shared(), CamundaProcessEngine.shared());
        PrimingRequests.register(this, "GET /cycles/{id}", "provider", null, ClientPriming::camunda);
    }

    /** Used by tests and the local gateway. */
    public CyclesHandler(Store store, ProcessEngine engine) {
        super(Routes.CYCLES, new Idempotency(Idempotency.Ledger.of(store.idempotency()), Clock.systemUTC()));
        this.store = store;
        this.engine = engine;
        this.view = new CycleView(store);
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Route route, ApiRequest request) {
        return switch (route.key()) {
            case "POST /cycles" -> start(request);
            case "GET /cycles/{id}" -> Responses.json(200, view.of(request.caller(), request.pathParameter("id"),
                    "charts".equals(request.query("include"))));
            default -> throw ApiProblem.notFound("no route " + route.key());
        };
    }

    /**
     * Starts the programme's cycle process first and then records cycle 1: should the record fail, the plan
     * task's completion creates it, so nothing is lost; the reverse order could leave a cycle with no process.
     */
    private APIGatewayV2HTTPResponse start(ApiRequest request) {
        Caller caller = request.caller();
        Access.require(Access.role(caller, Role.PROVIDER));
        JsonNode body = JsonInput.object(request.body());
        JsonInput in = new JsonInput();
        in.onlyFields(body, "", START_FIELDS);
        String programmeId = in.text(body, "", "programme");
        String providerId = in.text(body, "", "provider");
        if (programmeId == null && in.errors().isEmpty()) {
            in.errors().add("programme", "is required: the id of the programme this cycle belongs to");
        }
        in.throwIfInvalid();
        if (providerId != null) {
            Access.require(Access.actFor(caller, providerId));
        }
        Programme programme = store.programmes().find(programmeId)
                .orElseThrow(() -> ApiProblem.notFound("no programme " + programmeId));
        Provider provider = programme.provider(caller.providerId()).orElseThrow(() -> ApiProblem.forbidden(
                "provider " + caller.providerId() + " does not take part in programme " + programme.id()));
        Instant now = engine.now();
        StartWindow window = StartWindow.read(in, body, programme, LocalDate.ofInstant(now, ZoneOffset.UTC));
        in.throwIfInvalid();

        String seriesId = Identifiers.cycleSeries(provider.id());
        String cycleId = Identifiers.cycle(seriesId, 1);
        long instance;
        try {
            instance = engine.startProcess(programme.cycleProcessId(),
                    StartVariables.standaloneCycle(programme, provider, seriesId, window));
        } catch (EngineException e) {
            throw ProgrammesHandler.notDeployed(programme.cycleProcessId(), e);
        }
        Cycle cycle = Cycle.started(cycleId, programme.id(), provider.id(), 1,
                        new TimelineEntry(now, "started", "cycle 1 of series " + seriesId + " requested", caller.subject()))
                .withProcessInstanceKey(Long.toString(instance));
        Cycle stored = store.cycles().create(cycle).stored();
        ObjectNode answer = (ObjectNode) ApiJson.tree(CycleSummary.of(stored));
        answer.put("programmeId", programme.id()).put("cycleSeriesId", seriesId);
        answer.setAll((ObjectNode) ApiJson.tree(window));
        return Responses.created("/cycles/" + cycleId, answer);
    }
}
