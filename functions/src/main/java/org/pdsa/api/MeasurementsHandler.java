package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.camunda.CamundaProcessEngine;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.domain.FieldError;
import org.pdsa.domain.Measure;
import org.pdsa.domain.Measurement;
import org.pdsa.domain.Programme;
import org.pdsa.lambda.ClientPriming;
import org.pdsa.lambda.PrimingRequests;
import org.pdsa.store.Store;
import org.pdsa.store.SubmitResult;

/**
 * {@code POST /providers/{id}/measurements}: a provider system submits aggregated values for itself, as plain
 * JSON or FHIR MeasureReports. Resubmitting a period replaces its value and keeps the old one in its history.
 * "Today" (no values from the future) is the engine's clock, so the accelerated demo can submit its weeks.
 */
public final class MeasurementsHandler extends ApiHandler {

    private final Store store;
    private final ProcessEngine engine;

    /** Used by the Lambda runtime. */
    public MeasurementsHandler() {
        this(Store.shared(), CamundaProcessEngine.shared());
        PrimingRequests.register(this, "POST /providers/{id}/measurements", "provider", "{\"programme\":\""
                + PrimingRequests.NOBODY + "\",\"measure\":\"m\",\"points\":[{\"period\":\"2024-01-01\",\"value\":1}]}",
                ClientPriming::camunda);
    }

    /** Used by tests and the local gateway. */
    public MeasurementsHandler(Store store, ProcessEngine engine) {
        super(Routes.MEASUREMENTS, new Idempotency(Idempotency.Ledger.of(store.idempotency()), Clock.systemUTC()));
        this.store = store;
        this.engine = engine;
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Route route, ApiRequest request) {
        Caller caller = request.caller();
        String providerId = request.pathParameter("id");
        Access.require(Access.role(caller, Role.PROVIDER));
        Access.require(Access.actFor(caller, providerId));
        MeasurementInput.Parsed parsed = MeasurementInput.parse(request.body(), providerId);
        Instant now = engine.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

        List<FieldError> errors = new ArrayList<>();
        List<Measurement> values = new ArrayList<>();
        for (Submission s : parsed.submissions()) {
            if (s.measureId() == null || (!s.fhir() && s.programmeId() == null)) {
                // without its programme or measure nothing else can be judged: the type errors name what is missing
                ApiProblem.throwIfAny(parsed.typeErrors());
                continue;
            }
            String programmeId = s.programmeId();
            if (programmeId == null) {
                try {
                    programmeId = ProgrammeOfMeasure.find(store, providerId, s.measureId(), request.query("programme"),
                            s.measureField());
                } catch (ApiProblem unresolved) {
                    errors.addAll(unresolved.errors());
                    continue;
                }
            }
            Submission withProgramme = s.withProgramme(programmeId);
            Programme programme = store.programmes().find(withProgramme.programmeId())
                    .orElseThrow(() -> ApiProblem.notFound("no programme " + withProgramme.programmeId()));
            Access.require(Access.member(caller, programme));
            Measure measure = programme.measure(s.measureId()).orElse(null);
            if (measure == null) {
                errors.add(new FieldError(s.measureField(), "names measure '" + s.measureId()
                        + "', which is not a measure of programme " + programme.id() + " (its measures: "
                        + programme.measures().stream().map(Measure::id).toList() + ")"));
                continue;
            }
            errors.addAll(SubmissionRules.check(withProgramme, measure, today));
            for (Submission.Point p : s.points()) {
                if (p.period() == null || p.value() == null) {
                    continue;
                }
                values.add(new Measurement(programme.id(), providerId, measure.id(), p.period(), p.value(), now,
                        caller.subject(), null));
            }
        }
        ApiProblem.throwIfAny(ProgrammeInput.merge(parsed.typeErrors(), errors));
        SubmitResult result = store.measurements().submit(values);
        return Responses.json(200, answer(providerId, result));
    }

    private static ObjectNode answer(String providerId, SubmitResult result) {
        ObjectNode body = ApiJson.object().put("providerId", providerId)
                .put("created", result.count(SubmitResult.Change.CREATED))
                .put("replaced", result.count(SubmitResult.Change.REPLACED))
                .put("unchanged", result.count(SubmitResult.Change.UNCHANGED));
        ArrayNode points = body.putArray("points");
        for (SubmitResult.Point p : result.points()) {
            Measurement m = p.stored();
            points.addObject().put("programmeId", m.programmeId()).put("measureId", m.measureId())
                    .put("period", m.period().toString()).put("value", m.value())
                    .put("change", p.change().name().toLowerCase(java.util.Locale.ROOT))
                    .put("replacedValues", m.history().size());
        }
        return body;
    }
}
