package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.FieldError;
import org.pdsa.lambda.PrimingRequests;
import org.pdsa.spc.SpcAnalysis;
import org.pdsa.spc.SpcInputException;
import org.pdsa.spc.SpcJson;

/**
 * {@code POST /analyses/spc}: the SPC analysis of a posted series (the JSON of DOMAIN.md §3, as
 * {@code ./pdsa spc} prints it), for anyone signed in. Pure computation: no table, no engine.
 */
public final class AnalysesHandler extends ApiHandler {

    /** Used by the Lambda runtime and the local gateway: this handler needs no collaborators. */
    public AnalysesHandler() {
        super(Routes.ANALYSES, null);
        PrimingRequests.register(this, "POST /analyses/spc", "staff", "{\"direction\":\"decrease\",\"points\":["
                + "{\"date\":\"2024-01-01\",\"value\":10},{\"date\":\"2024-01-08\",\"value\":12},"
                + "{\"date\":\"2024-01-15\",\"value\":11}]}");
    }

    @Override
    protected APIGatewayV2HTTPResponse handle(Route route, ApiRequest request) {
        SpcAnalysis analysis;
        try {
            analysis = SpcJson.analyse(request.body());
        } catch (SpcInputException e) {
            throw problem(e);
        }
        return Responses.response(200, Responses.JSON, SpcJson.write(analysis), Map.of());
    }

    /** Unreadable JSON is 400, like every other route; values that cannot be analysed are 422 with the field. */
    static ApiProblem problem(SpcInputException e) {
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.field(), p.reason())).toList();
        if (errors.size() == 1 && errors.get(0).field().equals("body")) {
            String reason = errors.get(0).reason();
            if (reason.startsWith("is not valid JSON") || reason.startsWith("must be a JSON object")) {
                return ApiProblem.badRequest("the request body " + reason);
            }
        }
        return ApiProblem.invalid(errors);
    }
}
