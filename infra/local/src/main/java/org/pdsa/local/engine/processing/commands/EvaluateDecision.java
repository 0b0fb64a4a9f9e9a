package org.pdsa.local.engine.processing.commands;

import java.util.Map;

/** {@code POST /v2/decision-definitions/evaluation}: the decision by id (latest version) or by key, and the variables. */
public record EvaluateDecision(String decisionDefinitionId, String decisionDefinitionKey, Map<String, Object> variables,
                               String tenantId) {

    /** Decodes the request body; throws IllegalArgumentException on malformed JSON or a key that is not a number. */
    public static EvaluateDecision decode(byte[] body) {
        EvaluateDecision request = CommandJson.read(body, EvaluateDecision.class);
        if (request.decisionDefinitionKey() != null) {
            try {
                Long.parseLong(request.decisionDefinitionKey());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("decisionDefinitionKey must be a key (digits), but was '"
                        + request.decisionDefinitionKey() + "'");
            }
        }
        return request;
    }

    public Map<String, Object> variablesOrEmpty() {
        return variables == null ? Map.of() : variables;
    }
}
