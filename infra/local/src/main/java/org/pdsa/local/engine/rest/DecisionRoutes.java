package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.decision.DecisionResult;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.processing.commands.DecisionEvaluation;
import org.pdsa.local.engine.processing.commands.EvaluateDecision;
import org.pdsa.local.engine.state.DecisionDefinition;
import org.pdsa.local.engine.state.DecisionRequirements;
import org.pdsa.local.engine.state.EngineState;

/**
 * Decision definitions: evaluation ({@code POST /v2/decision-definitions/evaluation}), search
 * (filters on the definition's fields in both shapes, offset paging, sorted by key), get by key
 * and the DMN XML.
 */
public final class DecisionRoutes implements RouteGroup {
    private final EngineApi engine;

    public DecisionRoutes(EngineApi engine) {
        this.engine = engine;
    }

    /** An immutable copy of one decision definition with its graph's name and version. */
    record View(DecisionDefinition decision, String requirementsName, int requirementsVersion) {
        static View of(DecisionDefinition d, EngineState state) {
            DecisionRequirements r = state.decisions().requirements(d.decisionRequirementsKey());
            return new View(d, r.name(), r.version());
        }
    }

    record Page(List<View> items, long total) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/decision-definitions/evaluation", ctx -> {
            byte[] body = Http.bodyBytes(ctx);
            EvaluateDecision request = Http.body(body, EvaluateDecision::decode);
            Http.respond(ctx, engine.submit(CommandType.EVALUATE_DECISION, 0, body, request),
                    (c, value) -> ResponseJson.send(c, 200, json -> writeEvaluation(json, (DecisionEvaluation) value)));
        });
        routes.post("/v2/decision-definitions/search", ctx -> {
            JsonNode request = Http.body(Http.bodyBytes(ctx), DecisionRoutes::readTree);
            JsonNode filter = request.path("filter");
            SearchFilters.Page page = SearchFilters.Page.of(request);
            Http.respond(ctx, engine.query(state -> {
                List<View> matches = new ArrayList<>();
                for (DecisionDefinition d : state.decisions().definitions()) {
                    View view = View.of(d, state);
                    if (matches(filter, view, state)) matches.add(view);
                }
                List<View> items = new ArrayList<>();
                for (int i = page.from(); i < matches.size() && items.size() < page.limit(); i++) items.add(matches.get(i));
                return new Page(items, matches.size());
            }), (c, value) -> ResponseJson.send(c, 200, json -> writePage(json, (Page) value)));
        });
        routes.get("/v2/decision-definitions/{decisionDefinitionKey}", ctx -> {
            long key = Http.key(ctx, "decisionDefinitionKey");
            Http.respond(ctx, engine.query(state -> View.of(find(state, key), state)),
                    (c, value) -> ResponseJson.send(c, 200, json -> writeDefinition(json, (View) value)));
        });
        routes.get("/v2/decision-definitions/{decisionDefinitionKey}/xml", ctx -> {
            long key = Http.key(ctx, "decisionDefinitionKey");
            Http.respond(ctx, engine.query(state -> state.decisions().requirements(find(state, key).decisionRequirementsKey())
                    .resource().text()), (c, value) -> ResponseJson.write(c, 200, "text/xml", ((String) value).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        });
    }

    private static DecisionDefinition find(EngineState state, long key) {
        DecisionDefinition d = state.decisions().definition(key);
        if (d == null) throw new RejectionException(Rejection.notFound("Decision definition with key '" + key + "' not found"));
        return d;
    }

    private static boolean matches(JsonNode filter, View v, EngineState state) {
        DecisionDefinition d = v.decision();
        JsonNode latest = filter.get("isLatestVersion");
        if (latest != null && latest.isBoolean() && latest.asBoolean() && state.decisions().latest(d.decisionId()) != d) return false;
        return SearchFilters.matches(filter.get("decisionDefinitionKey"), Long.toString(d.key()))
                && SearchFilters.matches(filter.get("decisionDefinitionId"), d.decisionId())
                && SearchFilters.matches(filter.get("name"), d.name())
                && SearchFilters.matches(filter.get("version"), Integer.toString(d.version()))
                && SearchFilters.matches(filter.get("decisionRequirementsId"), d.decisionRequirementsId())
                && SearchFilters.matches(filter.get("decisionRequirementsKey"), Long.toString(d.decisionRequirementsKey()))
                && SearchFilters.matches(filter.get("decisionRequirementsName"), v.requirementsName())
                && SearchFilters.matches(filter.get("decisionRequirementsVersion"), Integer.toString(v.requirementsVersion()))
                && SearchFilters.matches(filter.get("tenantId"), d.tenantId());
    }

    private static void writePage(JsonGenerator json, Page page) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("items");
        for (View v : page.items()) writeDefinition(json, v);
        json.writeEndArray();
        json.writeObjectFieldStart("page");
        json.writeNumberField("totalItems", page.total());
        json.writeBooleanField("hasMoreTotalItems", false);
        json.writeNullField("startCursor");
        json.writeNullField("endCursor");
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeDefinition(JsonGenerator json, View v) throws IOException {
        DecisionDefinition d = v.decision();
        json.writeStartObject();
        json.writeStringField("decisionDefinitionId", d.decisionId());
        json.writeStringField("name", d.name());
        json.writeNumberField("version", d.version());
        json.writeStringField("decisionRequirementsId", d.decisionRequirementsId());
        json.writeStringField("decisionRequirementsName", v.requirementsName());
        json.writeNumberField("decisionRequirementsVersion", v.requirementsVersion());
        json.writeStringField("tenantId", d.tenantId());
        ResponseJson.key(json, "decisionDefinitionKey", d.key());
        ResponseJson.key(json, "decisionRequirementsKey", d.decisionRequirementsKey());
        json.writeEndObject();
    }

    private static void writeEvaluation(JsonGenerator json, DecisionEvaluation e) throws IOException {
        DecisionDefinition d = e.decision();
        DecisionResult result = e.result();
        json.writeStartObject();
        json.writeStringField("decisionDefinitionId", d.decisionId());
        ResponseJson.key(json, "decisionDefinitionKey", d.key());
        json.writeStringField("decisionDefinitionName", d.name());
        json.writeNumberField("decisionDefinitionVersion", d.version());
        json.writeStringField("decisionRequirementsId", d.decisionRequirementsId());
        ResponseJson.key(json, "decisionRequirementsKey", d.decisionRequirementsKey());
        json.writeStringField("output", jsonText(result.output()));
        if (result.failed()) json.writeStringField("failedDecisionDefinitionId", result.failedDecisionId());
        else json.writeNullField("failedDecisionDefinitionId");
        json.writeStringField("failureMessage", result.failed() ? result.failureMessage() : "");
        json.writeStringField("tenantId", d.tenantId());
        ResponseJson.key(json, "decisionEvaluationKey", e.evaluationKey());
        ResponseJson.key(json, "decisionInstanceKey", e.evaluationKey());
        json.writeArrayFieldStart("evaluatedDecisions");
        for (int i = 0; i < result.evaluated().size(); i++) {
            writeEvaluated(json, result.evaluated().get(i), e.evaluatedDefinitions().get(i), e.evaluationKey() + "-" + (i + 1));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeEvaluated(JsonGenerator json, DecisionResult.EvaluatedDecision evaluated, DecisionDefinition d,
                                       String instanceKey) throws IOException {
        json.writeStartObject();
        json.writeStringField("decisionDefinitionId", evaluated.decisionId());
        json.writeStringField("decisionDefinitionName", evaluated.name());
        json.writeNumberField("decisionDefinitionVersion", d.version());
        json.writeStringField("decisionDefinitionType", evaluated.type());
        json.writeStringField("output", jsonText(evaluated.output()));
        json.writeStringField("tenantId", d.tenantId());
        ResponseJson.key(json, "decisionDefinitionKey", d.key());
        json.writeStringField("decisionEvaluationInstanceKey", instanceKey);
        json.writeArrayFieldStart("matchedRules");
        for (DecisionResult.MatchedRule rule : evaluated.matchedRules()) {
            json.writeStartObject();
            json.writeStringField("ruleId", rule.id());
            json.writeNumberField("ruleIndex", rule.index());
            json.writeArrayFieldStart("evaluatedOutputs");
            for (DecisionResult.EvaluatedOutput output : rule.outputs()) {
                json.writeStartObject();
                json.writeStringField("outputId", output.id());
                json.writeStringField("outputName", output.name());
                json.writeStringField("outputValue", jsonText(output.value()));
                json.writeStringField("ruleId", rule.id());
                json.writeNumberField("ruleIndex", rule.index());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("evaluatedInputs");
        for (DecisionResult.EvaluatedInput input : evaluated.inputs()) {
            json.writeStartObject();
            json.writeStringField("inputId", input.id());
            json.writeStringField("inputName", input.name());
            json.writeStringField("inputValue", jsonText(input.value()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Values travel as JSON text in this API (the number 4 is the string "4"). */
    private static String jsonText(Object value) throws IOException {
        return ResponseJson.MAPPER.writeValueAsString(value);
    }

    private static JsonNode readTree(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null : ResponseJson.MAPPER.readTree(body);
            return node == null || node.isNull() ? ResponseJson.MAPPER.createObjectNode() : node;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
