package org.pdsa.camunda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.camunda.client.CredentialsProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Bearer tokens for the Camunda client by the OAuth 2.0 client credentials grant (RFC 6749 §4.4): one form POST
 * to the token endpoint, the token kept in memory and reused until shortly before it expires, fetched again
 * when the cluster answers 401.
 *
 * <p>Used instead of camunda-client-java's OAuth provider, which keeps its tokens in a YAML file: on Lambda that
 * file would hold live tokens in {@code /tmp}, outlives nothing (every execution environment starts with an empty
 * {@code /tmp}) and costs each cold start its YAML parser (about 150 classes). Only client id and secret are
 * supported (no client assertion certificates, no well-known discovery): the settings {@link CamundaSettings} has.
 * HttpURLConnection, as the SDK's HTTP client uses: no second HTTP stack to load. Thread-safe; one instance per
 * container is meant to be shared by everything that calls the cluster.
 */
public final class ClientCredentialsTokens implements CredentialsProvider {

    /** Camunda SaaS's token endpoint, the address used when the settings name none. */
    public static final URI SAAS_TOKEN_URL = URI.create("https://login.cloud.camunda.io/oauth/token");
    /** How long before its expiry a token is no longer handed out. */
    static final Duration EARLY_REFRESH = Duration.ofSeconds(30);
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final JsonFactory JSON = new JsonFactory();

    private final URI tokenUrl;
    private final String form;
    private final Clock clock;
    private Token token;

    public ClientCredentialsTokens(CamundaSettings settings, Clock clock) {
        if (!settings.usesOAuth()) {
            throw new IllegalArgumentException("the settings name no OAuth client id");
        }
        if (settings.clientSecret() == null) {
            throw new IllegalArgumentException("OAuth client " + settings.clientId() + " has no client secret (CAMUNDA_CLIENT_SECRET)");
        }
        this.tokenUrl = settings.oauthUrl() == null ? SAAS_TOKEN_URL : URI.create(settings.oauthUrl());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "client_credentials");
        fields.put("client_id", settings.clientId());
        fields.put("client_secret", settings.clientSecret());
        if (settings.audience() != null) {
            fields.put("audience", settings.audience());
        }
        if (settings.scope() != null) {
            fields.put("scope", settings.scope());
        }
        StringJoiner joined = new StringJoiner("&");
        fields.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        this.form = joined.toString();
        this.clock = clock;
    }

    @Override
    public void applyCredentials(CredentialsApplier applier) throws IOException {
        applier.put("Authorization", "Bearer " + current().value());
    }

    /**
     * On 401 the token is dropped and a new one fetched: the request is worth repeating only if that token differs
     * from the refused one (a token endpoint that keeps handing out a refused token must not make the client loop).
     */
    @Override
    public boolean shouldRetryRequest(StatusCode statusCode) {
        if (!statusCode.isUnauthorized()) {
            return false;
        }
        Token refused;
        synchronized (this) {
            refused = token;
            token = null;
        }
        try {
            return refused == null || !current().value().equals(refused.value());
        } catch (IOException e) {
            return false;
        }
    }

    /** The token in hand, or a new one when there is none or it is about to expire. */
    synchronized Token current() throws IOException {
        Instant now = clock.instant();
        if (token == null || !token.usableAt(now)) {
            token = fetch(now);
        }
        return token;
    }

    private Token fetch(Instant now) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) tokenUrl.toURL().openConnection();
        try {
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            connection.setRequestProperty("Accept", "application/json");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(form.getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            if (status / 100 != 2) {
                throw new IOException("the OAuth token endpoint " + tokenUrl + " refused client credentials with HTTP "
                        + status + ": " + excerpt(connection.getErrorStream()));
            }
            try (InputStream in = connection.getInputStream()) {
                return Token.parse(in, now, tokenUrl);
            }
        } finally {
            connection.disconnect();
        }
    }

    private static String excerpt(InputStream error) throws IOException {
        if (error == null) {
            return "(no body)";
        }
        try (error) {
            String body = new String(error.readNBytes(300), StandardCharsets.UTF_8).strip();
            return body.isEmpty() ? "(no body)" : body;
        }
    }

    /** An access token and when it stops being handed out (never, when the endpoint gave no lifetime). */
    record Token(String value, Instant refreshAt) {

        boolean usableAt(Instant now) {
            return refreshAt == null || now.isBefore(refreshAt);
        }

        /** The fields of an RFC 6749 §5.1 answer this needs: {@code access_token} and {@code expires_in}. */
        static Token parse(InputStream body, Instant now, URI from) throws IOException {
            String value = null;
            Long expiresIn = null;
            try (JsonParser parser = JSON.createParser(body)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("the OAuth token endpoint " + from + " did not answer with a JSON object");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken next = parser.nextToken();
                    if ("access_token".equals(field) && next == JsonToken.VALUE_STRING) {
                        value = parser.getText();
                    } else if ("expires_in".equals(field) && (next == JsonToken.VALUE_NUMBER_INT
                            || next == JsonToken.VALUE_STRING)) {
                        expiresIn = parseSeconds(parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
            }
            if (value == null || value.isBlank()) {
                throw new IOException("the OAuth token endpoint " + from + " answered without an access_token");
            }
            if (expiresIn == null) {
                return new Token(value, null);
            }
            // a short-lived token is replaced half-way through its life rather than 30 seconds before its end
            long early = Math.min(EARLY_REFRESH.toSeconds(), expiresIn / 2);
            return new Token(value, now.plusSeconds(expiresIn - early));
        }

        private static Long parseSeconds(String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
