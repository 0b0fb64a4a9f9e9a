package org.pdsa.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CredentialsProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's clock, read with {@code GET /v2/clock} (the local engine; Camunda 8.11+), so that "now" agrees
 * with the engine when its clock is pinned. Clusters without that endpoint (404, 405, 501) tick in real time,
 * so after the first such answer the wall clock is used for the life of the container.
 */
public final class EngineClock {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI clockUri;
    private final CredentialsProvider credentials;
    private final Clock fallback;
    private volatile boolean unsupported;

    public EngineClock(URI restAddress, CredentialsProvider credentials, Clock fallback) {
        String root = restAddress.toString().replaceAll("/+$", "");
        this.clockUri = URI.create(root.endsWith("/v2") ? root + "/clock" : root + "/v2/clock");
        this.credentials = credentials;
        this.fallback = fallback;
    }

    public Instant now() {
        if (unsupported) {
            return fallback.instant();
        }
        Answer response = get();
        int status = response.statusCode();
        if (status == 404 || status == 405 || status == 501) {
            unsupported = true;
            return fallback.instant();
        }
        if (status != 200) {
            throw new EngineException(EngineException.Kind.UNAVAILABLE,
                    "GET " + clockUri + " answered " + status + ": " + response.body());
        }
        return parse(response.body());
    }

    /**
     * Reads the clock answer: an object with {@code timestamp} (epoch milliseconds or an ISO instant), a bare
     * number of epoch milliseconds, or a bare ISO instant.
     */
    static Instant parse(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode value = root != null && root.isObject() ? root.get("timestamp") : root;
            if (value != null && value.isIntegralNumber()) {
                return Instant.ofEpochMilli(value.longValue());
            }
            if (value != null && value.isTextual()) {
                return Instant.parse(value.textValue());
            }
        } catch (IOException | DateTimeParseException e) {
            throw new EngineException(EngineException.Kind.UNAVAILABLE, "unreadable clock answer: " + body, e);
        }
        throw new EngineException(EngineException.Kind.UNAVAILABLE, "unreadable clock answer: " + body);
    }

    /** One GET of the clock. HttpURLConnection, as the SDK and the OAuth client use: no second HTTP stack to load. */
    private Answer get() {
        try {
            HttpURLConnection connection = (HttpURLConnection) clockUri.toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setRequestProperty("Accept", "application/json");
            Map<String, String> headers = new LinkedHashMap<>();
            credentials.applyCredentials(headers::put);
            headers.forEach(connection::setRequestProperty);
            int status = connection.getResponseCode();
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (stream == null) {
                return new Answer(status, "");
            }
            // read to the end and closed: the connection stays alive for the next read
            try (stream) {
                return new Answer(status, new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new EngineException(EngineException.Kind.UNAVAILABLE, "cannot read the engine clock at " + clockUri
                    + ": " + e.getMessage(), e);
        }
    }

    private record Answer(int statusCode, String body) {}
}
