package org.pdsa.local.stack.testing;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pdsa.api.Role;
import org.pdsa.local.gateway.TokenIssuer;

/**
 * A small HTTP client for tests of the API through the local gateway: {@code api.as(Role.STAFF, "alice", "rf4",
 * "rf4-leads").post("/tasks/1/completion", body)}; {@code api.anonymous()} sends no token.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final TokenIssuer tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(URI base, TokenIssuer tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    /** Requests with a fresh token for this identity ({@code provider} null for managers). */
    public Caller as(Role role, String subject, String provider, String... groups) {
        return new Caller("Bearer " + tokens.mint(role, subject, provider, Arrays.asList(groups), Duration.ofHours(1),
                Instant.now()));
    }

    /** Requests with exactly this Authorization header (or none when null). */
    public Caller withAuthorization(String header) {
        return new Caller(header);
    }

    public Caller anonymous() {
        return new Caller(null);
    }

    public URI base() {
        return base;
    }

    /** A response: status, headers, body text, and the body as JSON. */
    public record Response(int status, Map<String, List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst();
        }
    }

    /** Requests made as one caller. */
    public final class Caller {
        private final String authorization;

        private Caller(String authorization) {
            this.authorization = authorization;
        }

        public Response get(String path) {
            return send(request(path).GET());
        }

        public Response post(String path, String body, String... headers) {
            HttpRequest.Builder r = request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                r.header(headers[i], headers[i + 1]);
            }
            return send(r);
        }

        public Response post(String path, Object body, String... headers) {
            try {
                return post(path, JSON.writeValueAsString(body), headers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                r.header("Authorization", authorization);
            }
            return r;
        }

        private Response send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
