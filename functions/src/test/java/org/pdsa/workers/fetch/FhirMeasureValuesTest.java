package org.pdsa.workers.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.workers.Samples;

class FhirMeasureValuesTest {

    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    @BeforeEach
    void startFhirServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/r4";
        server.createContext("/r4/MeasureReport", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(query + " accept=" + exchange.getRequestHeaders().getFirst("Accept"));
            String page = query.contains("page=2") ? "measure-reports-page-2.json" : "measure-reports-page-1.json";
            byte[] body = fixture(page).replace("{{base}}", base).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopFhirServer() {
        server.stop(0);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FhirMeasureValuesTest.class.getResourceAsStream("/fhir/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Provider provider() {
        return new Provider("trust-c", "Trust C", List.of("trust-c-leads"), base);
    }

    private static List<MeasureWindow> windows(Programme programme) {
        return List.of(
                MeasureWindow.of(programme.measure("four-hour").orElseThrow(), Samples.TEST_START, Samples.TEST_END, 12),
                MeasureWindow.of(programme.measure("readmissions").orElseThrow(), Samples.TEST_START, Samples.TEST_END, 12));
    }

    @Test
    void shouldSearchTheWindowAndFollowTheBundlesNextPage() {
        // given
        Programme programme = Samples.programme();
        // when
        Map<String, Map<LocalDate, BigDecimal>> values = FhirMeasureValues.withDefaultClient()
                .read(programme, provider(), windows(programme));
        // then one search over the span, then its next page
        assertThat(requests).containsExactly(
                "period=ge2023-12-18&period=le2024-05-05&_count=100 accept=application/fhir+json",
                "page=2 accept=application/fhir+json");
        assertThat(values.get("four-hour")).hasSize(20)
                .containsEntry(LocalDate.parse("2024-04-29"), new BigDecimal("92"))
                .containsEntry(LocalDate.parse("2024-04-22"), new BigDecimal("90"));
        assertThat(values.get("readmissions")).hasSize(20).containsEntry(LocalDate.parse("2023-12-18"), new BigDecimal("12"));
    }

    @Test
    void shouldFailSoTheJobIsRetriedWhenTheEndpointAnswersAnError() {
        // given
        status = 503;
        Programme programme = Samples.programme();
        // when / then
        assertThatThrownBy(() -> FhirMeasureValues.withDefaultClient().read(programme, provider(), windows(programme)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("answered HTTP 503");
    }
}
