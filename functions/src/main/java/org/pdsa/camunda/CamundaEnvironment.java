package org.pdsa.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@link CamundaSettings} for the place the code runs. In AWS the credentials come from the JSON
 * secret named by {@code CAMUNDA_CREDENTIALS_SECRET_ARN}, read once at init; a client secret in a Lambda's
 * plain environment is refused. The secret is a JSON object whose keys are the variable names:
 * {@code CAMUNDA_CLIENT_ID} and {@code CAMUNDA_CLIENT_SECRET} (required), and optionally
 * {@code CAMUNDA_OAUTH_URL}, {@code CAMUNDA_TOKEN_AUDIENCE}, {@code CAMUNDA_TOKEN_SCOPE},
 * {@code CAMUNDA_REST_ADDRESS}, {@code CAMUNDA_GRPC_ADDRESS}, which override the plain environment.
 * On one machine nothing is needed: the local engine at {@code http://localhost:8080}.
 */
public final class CamundaEnvironment {

    public static final String SECRET_ARN = "CAMUNDA_CREDENTIALS_SECRET_ARN";
    static final List<String> SECRET_KEYS = List.of("CAMUNDA_CLIENT_ID", "CAMUNDA_CLIENT_SECRET", "CAMUNDA_OAUTH_URL",
            "CAMUNDA_AUTHORIZATION_SERVER_URL", "CAMUNDA_TOKEN_AUDIENCE", "CAMUNDA_TOKEN_SCOPE", "CAMUNDA_REST_ADDRESS",
            "CAMUNDA_GRPC_ADDRESS");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CamundaEnvironment() {
    }

    /** Settings for this process: its environment, and Secrets Manager when a secret ARN is set. */
    public static CamundaSettings settings() {
        return settings(System.getenv(), new SecretsManagerReader());
    }

    public static CamundaSettings settings(Map<String, String> env, SecretReader secrets) {
        boolean inLambda = CamundaSettings.value(env, "AWS_LAMBDA_FUNCTION_NAME") != null;
        if (inLambda && CamundaSettings.value(env, "CAMUNDA_CLIENT_SECRET") != null) {
            throw new IllegalStateException("CAMUNDA_CLIENT_SECRET is set in the function's environment: secrets must not"
                    + " be plain Lambda environment variables; store them in Secrets Manager and set " + SECRET_ARN);
        }
        String arn = CamundaSettings.value(env, SECRET_ARN);
        if (arn == null) {
            return CamundaSettings.fromVariables(env);
        }
        Map<String, String> merged = new HashMap<>(env);
        merged.putAll(secretValues(arn, secrets.read(arn)));
        CamundaSettings settings = CamundaSettings.fromVariables(merged);
        if (settings.clientId() == null || settings.clientSecret() == null) {
            throw new IllegalStateException("secret " + arn + " must hold CAMUNDA_CLIENT_ID and CAMUNDA_CLIENT_SECRET");
        }
        return settings;
    }

    static Map<String, String> secretValues(String arn, String secretText) {
        JsonNode root;
        try {
            root = JSON.readTree(secretText);
        } catch (JsonProcessingException e) {
            // the parser's message could quote the secret: say only where it failed
            throw new IllegalStateException("secret " + arn + " is not a JSON object (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("secret " + arn + " must be a JSON object with the keys " + SECRET_KEYS);
        }
        Map<String, String> values = new HashMap<>();
        for (String key : SECRET_KEYS) {
            JsonNode v = root.get(key);
            if (v != null && !v.isNull()) {
                if (!v.isTextual()) {
                    throw new IllegalStateException("secret " + arn + ": " + key + " must be a string");
                }
                values.put(key, v.textValue());
            }
        }
        return values;
    }
}
