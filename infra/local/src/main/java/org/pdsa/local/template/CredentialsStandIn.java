package org.pdsa.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the template's {@code CamundaCredentialsSecretArn} points at in AWS, on loopback: a Secrets Manager
 * answering {@code GetSecretValue} for one secret (the Camunda client credentials as JSON, the keys
 * {@code org.pdsa.camunda.CamundaEnvironment} reads) and the OAuth token endpoint those credentials name.
 * With it, functions started locally read their credentials and sign in to Camunda exactly as in AWS.
 * The local engine accepts any token.
 */
public final class CredentialsStandIn implements AutoCloseable {

    public static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-2:000000000000:secret:pdsa-camunda-local";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    // unique, so that a token cached by an earlier run under the same client id is never reused
    private final String clientId = "pdsa-local-" + UUID.randomUUID();
    private final String clientSecret = UUID.randomUUID().toString();
    private final AtomicInteger secretReads = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    private CredentialsStandIn(HttpServer server) {
        this.server = server;
    }

    public static CredentialsStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            CredentialsStandIn standIn = new CredentialsStandIn(server);
            server.createContext("/", standIn::secretsManager);
            server.createContext("/oauth/token", standIn::token);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "credentials-stand-in");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the credentials stand-in", e);
        }
    }

    /** Secrets Manager's endpoint: {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} of the functions. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public String secretArn() {
        return SECRET_ARN;
    }

    public int secretReads() {
        return secretReads.get();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    private void secretsManager(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 ")) {
                reply(exchange, 400, error("MissingAuthenticationTokenException", "the request is not signed"));
                return;
            }
            if (!"secretsmanager.GetSecretValue".equals(target)) {
                reply(exchange, 400, error("UnknownOperationException", "only GetSecretValue is served: " + target));
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String secretId = request.path("SecretId").asText();
            if (!SECRET_ARN.equals(secretId)) {
                reply(exchange, 400, error("ResourceNotFoundException",
                        "Secrets Manager can't find the specified secret: " + secretId));
                return;
            }
            secretReads.incrementAndGet();
            ObjectNode secret = JSON.createObjectNode()
                    .put("CAMUNDA_CLIENT_ID", clientId)
                    .put("CAMUNDA_CLIENT_SECRET", clientSecret)
                    .put("CAMUNDA_OAUTH_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/token")
                    .put("CAMUNDA_TOKEN_AUDIENCE", "orchestration-api");
            ObjectNode answer = JSON.createObjectNode().put("ARN", SECRET_ARN).put("Name", "pdsa-camunda-local")
                    .put("SecretString", secret.toString()).put("VersionId", "local");
            reply(exchange, 200, answer);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!"client_credentials".equals(form.get("grant_type")) || !clientId.equals(form.get("client_id"))
                    || !clientSecret.equals(form.get("client_secret"))) {
                reply(exchange, 401, JSON.createObjectNode().put("error", "invalid_client"));
                return;
            }
            tokensIssued.incrementAndGet();
            reply(exchange, 200, JSON.createObjectNode().put("access_token", "local-" + UUID.randomUUID())
                    .put("token_type", "Bearer").put("expires_in", 3600));
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static ObjectNode error(String type, String message) {
        return JSON.createObjectNode().put("__type", type).put("message", message);
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
