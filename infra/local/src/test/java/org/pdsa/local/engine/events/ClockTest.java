package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.LocalEngine;
import org.pdsa.local.engine.testing.LocalEngineTest;

/** The clock endpoints; GET /v2/clock (Camunda 8.11+) has no command in camunda-client-java 8.9, so it is read over plain HTTP. */
@LocalEngineTest
class ClockTest {
    private CamundaClient client;
    private URI clockAddress;

    @BeforeEach
    void connect(CamundaClient client, LocalEngine engine) {
        this.client = client;
        this.clockAddress = engine.restAddress().resolve("/v2/clock");
    }

    private JsonNode getClock() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(clockAddress).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void shouldReportThePinnedTime() throws Exception {
        // when
        client.newPinClockCommand().time(Instant.parse("2030-06-01T08:30:00Z")).send().join();

        // then
        assertThat(getClock().get("timestamp").asText()).isEqualTo("2030-06-01T08:30:00Z");
    }

    @Test
    void shouldFollowTheSystemClockAgainAfterAReset() throws Exception {
        // given
        client.newPinClockCommand().time(Instant.parse("2030-06-01T08:30:00Z")).send().join();

        // when
        client.newResetClockCommand().send().join();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS); // the engine's clock counts milliseconds
        Instant reported = Instant.parse(getClock().get("timestamp").asText());
        Instant after = Instant.now();

        // then
        assertThat(reported).isBetween(before, after);
    }

    @Test
    void shouldRefuseAMissingOrNegativeTimestampWithAProblem() throws Exception {
        // the client refuses negative instants itself, so these go over plain HTTP
        for (String body : new String[] {"{\"timestamp\": -5}", "{}"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(clockAddress)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(new ObjectMapper().readTree(response.body()).get("detail").asText()).contains("timestamp");
        }
    }
}
