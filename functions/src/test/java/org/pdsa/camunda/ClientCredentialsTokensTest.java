package org.pdsa.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CredentialsProvider.StatusCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final ConcurrentLinkedQueue<Map<String, String>> forms = new ConcurrentLinkedQueue<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldPostTheClientCredentialsGrantWithAudienceAndScope() throws IOException {
        // given
        URI endpoint = tokenEndpoint(n -> answer(200, "{\"access_token\":\"t" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings(endpoint, "secret & more", "zeebe.camunda.io",
                "Zeebe Tasklist"), clock);

        // when
        Map<String, String> headers = applied(tokens);

        // then
        assertThat(headers).containsEntry("Authorization", "Bearer t1");
        assertThat(forms).containsExactly(Map.of("grant_type", "client_credentials", "client_id", "pdsa-workers",
                "client_secret", "secret & more", "audience", "zeebe.camunda.io", "scope", "Zeebe Tasklist"));
    }

    @Test
    void shouldLeaveOutAudienceAndScopeWhenTheSettingsHaveNone() throws IOException {
        // given
        URI endpoint = tokenEndpoint(n -> answer(200, "{\"access_token\":\"t" + n + "\",\"expires_in\":3600}"));

        // when
        applied(new ClientCredentialsTokens(settings(endpoint, "s", null, null), clock));

        // then
        assertThat(forms.peek()).containsOnlyKeys("grant_type", "client_id", "client_secret");
    }

    @Test
    void shouldReuseATokenUntilShortlyBeforeItExpires() throws IOException {
        // given a token that lives an hour
        URI endpoint = tokenEndpoint(n -> answer(200, "{\"access_token\":\"t" + n + "\",\"expires_in\":3600}"));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings(endpoint, "s", null, null), clock);

        // when it is used over most of its life
        String first = applied(tokens).get("Authorization");
        clock.advance(Duration.ofMinutes(59));
        String later = applied(tokens).get("Authorization");
        clock.advance(Duration.ofSeconds(31));
        String nearExpiry = applied(tokens).get("Authorization");

        // then one fetch served the hour, and a second one replaced it in its last 30 seconds
        assertThat(first).isEqualTo("Bearer t1").isEqualTo(later);
        assertThat(nearExpiry).isEqualTo("Bearer t2");
        assertThat(forms).hasSize(2);
    }

    @Test
    void shouldReplaceAShortLivedTokenHalfWayThroughItsLife() throws IOException {
        // given tokens that live 40 seconds, less than twice the 30 second margin
        URI endpoint = tokenEndpoint(n -> answer(200, "{\"access_token\":\"t" + n + "\",\"expires_in\":40}"));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings(endpoint, "s", null, null), clock);

        // when it is used at 19 and at 21 seconds
        String first = applied(tokens).get("Authorization");
        clock.advance(Duration.ofSeconds(19));
        String beforeHalfLife = applied(tokens).get("Authorization");
        clock.advance(Duration.ofSeconds(2));
        String afterHalfLife = applied(tokens).get("Authorization");

        // then it served its first 20 seconds, not only its first 10
        assertThat(first).isEqualTo("Bearer t1").isEqualTo(beforeHalfLife);
        assertThat(afterHalfLife).isEqualTo("Bearer t2");
    }

    @Test
    void shouldKeepATokenWithoutALifetimeUntilTheClusterRefusesIt() throws IOException {
        // given an endpoint that does not say how long its tokens live
        URI endpoint = tokenEndpoint(n -> answer(200, "{\"access_token\":\"t" + n + "\"}"));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings(endpoint, "s", null, null), clock);
        applied(tokens);

        // when a day passes, then it is still used
        clock.advance(Duration.ofDays(1));
        assertThat(applied(tokens)).containsEntry("Authorization", "Bearer t1");

        // and when the cluster refuses it, a new one is fetched and the request is worth repeating
        assertThat(tokens.shouldRetryRequest(status(401))).isTrue();
        assertThat(applied(tokens)).containsEntry("Authorization", "Bearer t2");
    }

    @Test
    void shouldNotAskForARetryWhenTheEndpointHandsOutTheRefusedTokenAgain() throws IOException {
        // given an endpoint that always gives the same token
        URI endpoint = tokenEndpoint(n -> answer(200, "{\"access_token\":\"same\",\"expires_in\":3600}"));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings(endpoint, "s", null, null), clock);
        applied(tokens);

        // when the cluster refuses it, then repeating the request would only be refused again
        assertThat(tokens.shouldRetryRequest(status(401))).isFalse();
        assertThat(forms).hasSize(2);
    }

    @Test
    void shouldNotRetryOtherFailures() throws IOException {
        // given
        URI endpoint = tokenEndpoint(n -> answer(200, "{\"access_token\":\"t" + n + "\",\"expires_in\":3600}"));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings(endpoint, "s", null, null), clock);
        applied(tokens);

        // when the cluster fails for another reason, then the token is kept
        assertThat(tokens.shouldRetryRequest(status(403))).isFalse();
        assertThat(tokens.shouldRetryRequest(status(503))).isFalse();
        assertThat(applied(tokens)).containsEntry("Authorization", "Bearer t1");
        assertThat(forms).hasSize(1);
    }

    @Test
    void shouldReportRefusedCredentialsWithTheEndpointsStatusAndReason() throws IOException {
        // given
        URI endpoint = tokenEndpoint(n -> answer(401, "{\"error\":\"invalid_client\"}"));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings(endpoint, "wrong", null, null), clock);

        // when, then
        assertThatThrownBy(() -> applied(tokens)).isInstanceOf(IOException.class)
                .hasMessageContaining(endpoint.toString()).hasMessageContaining("HTTP 401")
                .hasMessageContaining("invalid_client");
    }

    @Test
    void shouldRefuseAnAnswerWithoutAnAccessToken() throws IOException {
        // given
        URI endpoint = tokenEndpoint(n -> answer(200, "{\"token_type\":\"Bearer\",\"nested\":{\"access_token\":\"no\"}}"));
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(settings(endpoint, "s", null, null), clock);

        // when, then
        assertThatThrownBy(() -> applied(tokens)).isInstanceOf(IOException.class).hasMessageContaining("without an access_token");
    }

    @Test
    void shouldDefaultToCamundaSaasTokenEndpoint() {
        assertThat(ClientCredentialsTokens.SAAS_TOKEN_URL).hasToString("https://login.cloud.camunda.io/oauth/token");
    }

    @Test
    void shouldRefuseSettingsWithoutAClientSecret() {
        CamundaSettings noSecret = new CamundaSettings(URI.create("http://127.0.0.1:9"), null, "pdsa-workers", null,
                null, null, null);

        assertThatThrownBy(() -> new ClientCredentialsTokens(noSecret, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CAMUNDA_CLIENT_SECRET");
    }

    private static Map<String, String> applied(ClientCredentialsTokens tokens) throws IOException {
        Map<String, String> headers = new HashMap<>();
        tokens.applyCredentials(headers::put);
        return headers;
    }

    private static CamundaSettings settings(URI tokenUrl, String secret, String audience, String scope) {
        return new CamundaSettings(URI.create("http://127.0.0.1:9"), null, "pdsa-workers", secret, tokenUrl.toString(),
                audience, scope);
    }

    private static StatusCode status(int code) {
        return new StatusCode() {
            @Override
            public int code() {
                return code;
            }

            @Override
            public boolean isUnauthorized() {
                return code == 401;
            }
        };
    }

    private record Answer(int status, String body) {}

    private static Answer answer(int status, String body) {
        return new Answer(status, body);
    }

    /** A token endpoint that records each form and gives the n-th request (from 1) {@code answers.apply(n)}. */
    private URI tokenEndpoint(IntFunction<Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth/token", exchange -> {
            try (exchange) {
                Map<String, String> form = new HashMap<>();
                for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                    String[] parts = pair.split("=", 2);
                    form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                            URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
                forms.add(form);
                Answer answer = answers.apply(forms.size());
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/token");
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
