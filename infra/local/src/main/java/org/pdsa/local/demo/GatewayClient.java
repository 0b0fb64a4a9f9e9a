package org.pdsa.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.pdsa.local.gateway.TokenIssuer;
import org.pdsa.local.stack.DemoIdentities.Identity;

/**
 * The demo's people and systems calling the HTTP API through the local gateway, each with its own token, as
 * any client would: {@code api.as(lead).get("/tasks")}. Mutating calls carry an {@code Idempotency-Key}. An
 * answer outside 2xx is a {@link DemoFailure} quoting the problem's detail.
 */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOKEN_TTL = Duration.ofHours(1);

    private final URI base;
    private final TokenIssuer tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    GatewayClient(URI base, TokenIssuer tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    /** Calls made as {@code identity}. */
    Caller as(Identity identity) {
        String token = minted.computeIfAbsent(identity.subject(), s -> tokens.mint(identity.role(), identity.subject(),
                identity.provider(), identity.groups(), TOKEN_TTL, Instant.now()));
        return new Caller(identity.subject(), "Bearer " + token);
    }

    /** One caller's requests. */
    final class Caller {
        private final String subject;
        private final String authorization;

        private Caller(String subject, String authorization) {
            this.subject = subject;
            this.authorization = authorization;
        }

        JsonNode get(String path) {
            return send("GET " + path, request(path).GET());
        }

        JsonNode post(String path, Object body) {
            String text;
            try {
                text = JSON.writeValueAsString(body);
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
            return send("POST " + path, request(path).POST(HttpRequest.BodyPublishers.ofString(text))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString()));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization);
        }

        private JsonNode send(String what, HttpRequest.Builder request) {
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new DemoFailure(subject + ": " + what + " did not get through: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure(subject + ": " + what + " was interrupted");
            }
            JsonNode body = parse(response.body());
            if (response.statusCode() / 100 != 2) {
                String detail = body.path("detail").asText(response.body());
                throw new DemoFailure(subject + ": " + what + " answered " + response.statusCode() + ": " + detail
                        + (body.has("errors") ? " " + body.get("errors") : ""));
            }
            return body;
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
