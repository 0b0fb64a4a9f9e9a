package org.pdsa.local.tryout;

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
import org.pdsa.local.gateway.TokenIssuer;
import org.pdsa.local.stack.DemoIdentities.Identity;

/**
 * Calls to the public HTTP API through the local gateway as one identity, with a freshly minted token: the try-out
 * data goes in the way a provider's system and a manager would put it there.
 */
final class GatewayCalls {

    /** An answer: its status and its body as JSON (an empty object when there is none). */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** This reply when it succeeded; otherwise an error naming {@code what} and the API's answer. */
        Reply orThrow(String what) {
            if (!ok()) {
                throw new IllegalStateException("could not " + what + ": " + status + " " + body);
            }
            return this;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final TokenIssuer tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayCalls(URI base, TokenIssuer tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    Reply get(Identity who, String path) {
        return send(who, request(path).GET());
    }

    Reply post(Identity who, String path, Object body) {
        try {
            return send(who, request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
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

    private Reply send(Identity who, HttpRequest.Builder request) {
        String token = tokens.mint(who.role(), who.subject(), who.provider(), who.groups(), Duration.ofMinutes(5),
                Instant.now());
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
}
