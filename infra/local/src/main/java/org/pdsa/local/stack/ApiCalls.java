package org.pdsa.local.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Calls to the public HTTP API through the local gateway as one of the stack's identities, each with a token the
 * local key signs, as any client would: what the demo and the try-out programme put in goes in the way a
 * provider's system, a lead and a manager would put it there. Every POST carries a fresh {@code Idempotency-Key}.
 */
public final class ApiCalls {

    /** An answer: its status and its body as JSON (an empty object when there is none). */
    public record Reply(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's {@code detail} (and its {@code errors}, if any), or the body when it is not a problem. */
        public String problem() {
            return body.path("detail").asText(body.toString()) + (body.has("errors") ? " " + body.get("errors") : "");
        }

        /** This reply when it succeeded; otherwise an error naming {@code what} and the API's answer. */
        public Reply orThrow(String what) {
            if (!ok()) {
                throw new IllegalStateException("could not " + what + ": " + status + " " + problem());
            }
            return this;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOKEN_TTL = Duration.ofHours(1);

    private final URI base;
    private final TokenIssuer tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    public ApiCalls(URI base, TokenIssuer tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    public Reply get(Identity who, String path) {
        return send(who, request(path).GET());
    }

    public Reply post(Identity who, String path, Object body) {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + body, e);
        }
        return send(who, request(path).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private Reply send(Identity who, HttpRequest.Builder request) {
        String token = minted.computeIfAbsent(who.subject(), s -> tokens.mint(who.role(), who.subject(),
                who.provider(), who.groups(), TOKEN_TTL, Instant.now()));
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), json(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("the API at " + base + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the API", e);
        }
    }

    private static JsonNode json(String text) {
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
