package org.pdsa.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.camunda.client.impl.NoopCredentialsProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineClockTest {

    private static final Instant WALL = Instant.parse("2030-01-01T00:00:00Z");
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldReadThePinnedEngineTime() throws IOException {
        // given
        URI address = serve(200, "{\"timestamp\": 1704700800000}");

        // when
        Instant now = new EngineClock(address, new NoopCredentialsProvider(), Clock.fixed(WALL, ZoneOffset.UTC)).now();

        // then
        assertThat(now).isEqualTo(Instant.parse("2024-01-08T08:00:00Z"));
    }

    @Test
    void shouldFallBackToTheWallClockOnceForAnEngineWithoutTheEndpoint() throws IOException {
        // given
        EngineClock clock = new EngineClock(serve(404, "{}"), new NoopCredentialsProvider(),
                Clock.fixed(WALL, ZoneOffset.UTC));

        // when
        Instant first = clock.now();
        Instant second = clock.now();

        // then
        assertThat(first).isEqualTo(WALL);
        assertThat(second).isEqualTo(WALL);
        assertThat(requests).hasValue(1);
    }

    @Test
    void shouldReadTheShapesAClockAnswerMayHave() {
        assertThat(EngineClock.parse("1704700800000")).isEqualTo(Instant.ofEpochMilli(1704700800000L));
        assertThat(EngineClock.parse("{\"timestamp\": \"2024-01-08T08:00:00Z\"}"))
                .isEqualTo(Instant.parse("2024-01-08T08:00:00Z"));
        assertThat(EngineClock.parse("\"2024-01-08T08:00:00Z\"")).isEqualTo(Instant.parse("2024-01-08T08:00:00Z"));
    }

    private URI serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/clock", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
