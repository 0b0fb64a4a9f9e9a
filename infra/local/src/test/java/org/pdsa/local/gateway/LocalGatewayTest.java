package org.pdsa.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.api.Role;
import org.pdsa.api.Route;
import org.pdsa.api.Routes;

/** The gateway hands handlers the event API Gateway would: checked against a handler that records it. */
class LocalGatewayTest {

    @TempDir
    Path dir;

    private final AtomicReference<APIGatewayV2HTTPEvent> seen = new AtomicReference<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalGateway gateway;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("web/public"));
        Files.writeString(dir.resolve("web/public/index.html"), "<h1>PDSA</h1>");
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> recorder = (event, context) -> {
            seen.set(event);
            return APIGatewayV2HTTPResponse.builder().withStatusCode(202)
                    .withHeaders(Map.of("Content-Type", "text/plain", "X-Handler", "recorder"))
                    .withBody(Base64.getEncoder().encodeToString("done".getBytes())).withIsBase64Encoded(true).build();
        };
        Map<Class<?>, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new HashMap<>();
        Routes.ALL.stream().map(Route::handler).forEach(c -> handlers.put(c, recorder));
        gateway = LocalGateway.start(new GatewayConfig("127.0.0.1", 0, GatewayConfig.AUDIENCE, dir.resolve("keys"),
                dir.resolve("web")), handlers);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void shouldHandTheHandlerAPayload2Event() throws Exception {
        // given
        String token = gateway.tokens().mint(Role.STAFF, "alice", "rf4", List.of("rf4-leads", "rf4-ed"),
                Duration.ofMinutes(5), Instant.now());

        // when
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway.address()
                        + "/providers/rf4/measurements?programme=ed&x=1&x=2"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", "k-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\": \"é\"}")).build(), HttpResponse.BodyHandlers.ofString());

        // then: the response is passed through, base64 body decoded
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("done");
        assertThat(response.headers().firstValue("x-handler")).hasValue("recorder");
        APIGatewayV2HTTPEvent e = seen.get();
        assertThat(e.getVersion()).isEqualTo("2.0");
        assertThat(e.getRouteKey()).isEqualTo("POST /providers/{id}/measurements");
        assertThat(e.getRawPath()).isEqualTo("/providers/rf4/measurements");
        assertThat(e.getRawQueryString()).isEqualTo("programme=ed&x=1&x=2");
        assertThat(e.getQueryStringParameters()).containsEntry("programme", "ed").containsEntry("x", "1,2");
        assertThat(e.getPathParameters()).isEqualTo(Map.of("id", "rf4"));
        assertThat(e.getHeaders()).containsEntry("idempotency-key", "k-1").containsKey("authorization");
        assertThat(e.getHeaders().keySet()).allMatch(k -> k.equals(k.toLowerCase()));
        assertThat(e.getBody()).isEqualTo("{\"a\": \"é\"}");
        assertThat(e.getIsBase64Encoded()).isFalse();
        var ctx = e.getRequestContext();
        assertThat(ctx.getHttp().getMethod()).isEqualTo("POST");
        assertThat(ctx.getHttp().getPath()).isEqualTo("/providers/rf4/measurements");
        assertThat(ctx.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(ctx.getRequestId()).isNotBlank();
        assertThat(ctx.getTimeEpoch()).isPositive();
        assertThat(ctx.getTime()).matches("\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000");
        Map<String, String> claims = ctx.getAuthorizer().getJwt().getClaims();
        assertThat(claims).containsEntry("sub", "alice").containsEntry("role", "staff").containsEntry("provider", "rf4")
                .containsEntry("groups", "[rf4-leads rf4-ed]").containsEntry("aud", "pdsa-api")
                .containsEntry("iss", gateway.tokens().issuer());
        assertThat(claims.get("exp")).matches("\\d{10}");
        assertThat(ctx.getAuthorizer().getJwt().getScopes()).isNull();
    }

    @Test
    void shouldBase64EncodeABodyThatIsNotText() throws Exception {
        // given
        String token = gateway.tokens().mint(Role.MANAGER, "mary", null, List.of(), Duration.ofMinutes(5), Instant.now());
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1};

        // when
        http.send(HttpRequest.newBuilder(URI.create(gateway.address() + "/analyses/spc"))
                .header("Authorization", token).POST(HttpRequest.BodyPublishers.ofByteArray(binary)).build(),
                HttpResponse.BodyHandlers.ofString());

        // then: the token without "Bearer " passes too, as with API Gateway
        assertThat(seen.get().getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(seen.get().getBody())).isEqualTo(binary);
    }

    @Test
    void shouldServeTheWebAppAndHealthWithoutToken() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(gateway.address() + "/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).isEqualTo("<h1>PDSA</h1>");

        http.send(HttpRequest.newBuilder(URI.create(gateway.address() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(seen.get().getRouteKey()).isEqualTo("GET /health");
        assertThat(seen.get().getRequestContext().getAuthorizer()).isNull();
    }

    @Test
    void shouldAnswer500AsApiGatewayWhenTheHandlerThrows() throws Exception {
        // given
        Map<Class<?>, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> failing = new HashMap<>();
        Routes.ALL.stream().map(Route::handler).forEach(c -> failing.put(c, (event, context) -> {
            throw new IllegalStateException("boom");
        }));
        try (LocalGateway broken = LocalGateway.start(new GatewayConfig("127.0.0.1", 0, GatewayConfig.AUDIENCE,
                dir.resolve("keys"), null), failing)) {
            // when
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(broken.address() + "/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            // then
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
        }
    }

    @Test
    void shouldServeTheWebAppsLocalConfigDiscoveryAndANotFoundPageForBrowsers() throws Exception {
        // given
        Files.writeString(dir.resolve("web/public/404.html"), "<h1>Page not found</h1>");

        // when
        HttpResponse<String> config = http.send(HttpRequest.newBuilder(URI.create(gateway.address() + "/config.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(URI.create(gateway.address()
                + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(gateway.address() + "/no/such/page"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(gateway.address() + "/no/such/route")).build(),
                HttpResponse.BodyHandlers.ofString());

        // then: the app calls the API on the same origin and signs in with this gateway's provider
        assertThat(config.body()).contains("\"apiBaseUrl\":\"\"").contains("\"issuer\":\"" + gateway.address() + "\"")
                .contains("\"clientId\":\"pdsa-web\"");
        assertThat(discovery.body()).contains("\"authorization_endpoint\":\"" + gateway.address() + "/oauth2/authorize\"")
                .contains("\"code_challenge_methods_supported\":[\"S256\"]");
        assertThat(discovery.headers().firstValue("access-control-allow-origin")).hasValue("*");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).isEqualTo("<h1>Page not found</h1>");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).isEqualTo("{\"message\":\"Not Found\"}");
    }
}
