package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.store.Store;
import org.pdsa.workers.fetch.FhirMeasureValues;

@ExtendWith(DynaliteExtension.class)
class FetchMetricsHandlerTest {

    private final JobRunner runner = new JobRunner();

    private static JobHandler handler(Store store) {
        return new Handlers(store).fetchMetrics(FhirMeasureValues.withDefaultClient());
    }

    @Test
    void shouldStoreTheSeriesSnapshotAndCompleteWithTheCounts(Store store) {
        // given trust-a submitted 12 baseline and 8 test weeks of both measures
        WorkerFixtures.register(store);
        WorkerFixtures.submit(store, "trust-a", "four-hour", WorkerFixtures.FOUR_HOUR_BASELINE, WorkerFixtures.FOUR_HOUR_IMPROVED);
        WorkerFixtures.submit(store, "trust-a", "readmissions", WorkerFixtures.READMISSIONS_BASELINE,
                WorkerFixtures.READMISSIONS_STEADY);
        store.requestCounter().reset();
        // when
        JobOutcome outcome = runner.run(handler(store), WorkerFixtures.job(1, JobTypes.FETCH_METRICS,
                WorkerFixtures.cycleVariables("trust-a")));
        // then one read of the programme, one query for both measures, one batch write
        assertThat(store.requestCounter().counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("GetItem", 1L, "Query", 1L, "BatchWriteItem", 1L));
        assertThat(outcome).isEqualTo(new JobOutcome.Complete(Map.of("fetchedMetrics", List.of(
                Map.of("measureId", "four-hour", "baselinePoints", 12, "testPoints", 8, "missingPeriods", List.of()),
                Map.of("measureId", "readmissions", "baselinePoints", 12, "testPoints", 8, "missingPeriods", List.of())))));
        List<SeriesSnapshot> stored = store.snapshots().findByCycle("r1-trust-a-1");
        assertThat(stored).extracting(SeriesSnapshot::measureId).containsExactly("four-hour", "readmissions");
        assertThat(stored.get(0).testPoints()).extracting(SeriesPoint::value).first()
                .satisfies(v -> assertThat(v).isEqualByComparingTo("90"));
    }

    @Test
    void shouldThrowNoDataNamingTheMissingWeeksAndWriteNothing(Store store) {
        // given the last two test weeks of four-hour were never submitted
        WorkerFixtures.register(store);
        WorkerFixtures.submit(store, "trust-a", "four-hour", WorkerFixtures.FOUR_HOUR_BASELINE, 90, 91, 89, 92, 90, 91);
        WorkerFixtures.submit(store, "trust-a", "readmissions", WorkerFixtures.READMISSIONS_BASELINE,
                WorkerFixtures.READMISSIONS_STEADY);
        // when
        JobOutcome outcome = runner.run(handler(store), WorkerFixtures.job(1, JobTypes.FETCH_METRICS,
                WorkerFixtures.cycleVariables("trust-a")));
        // then
        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.BpmnError.class, e -> {
            assertThat(e.code()).isEqualTo("no-data");
            assertThat(e.variables()).containsOnlyKeys("missingData", "missingDataSummary");
            assertThat(e.variables().get("missingData")).isEqualTo(List.of(Map.of("measureId", "four-hour",
                    "measureName", "Seen within 4 hours", "periods", List.of("2024-04-22", "2024-04-29"))));
            assertThat(e.variables().get("missingDataSummary"))
                    .isEqualTo("Seen within 4 hours: 6 of 8 test-window values, missing 2024-04-22, 2024-04-29");
        });
        assertThat(store.snapshots().findByCycle("r1-trust-a-1")).isEmpty();
    }

    @Test
    void shouldProceedWithGapsWhenTheLeadsChoseTo(Store store) {
        // given the same gaps, and the missing-data form answered "proceed-with-gaps"
        WorkerFixtures.register(store);
        WorkerFixtures.submit(store, "trust-a", "four-hour", WorkerFixtures.FOUR_HOUR_BASELINE, 90, 91, 89, 92, 90, 91);
        WorkerFixtures.submit(store, "trust-a", "readmissions", WorkerFixtures.READMISSIONS_BASELINE,
                WorkerFixtures.READMISSIONS_STEADY);
        Map<String, Object> variables = WorkerFixtures.cycleVariables("trust-a");
        variables.put("allowGaps", true);
        // when
        JobOutcome outcome = runner.run(handler(store), WorkerFixtures.job(1, JobTypes.FETCH_METRICS, variables));
        // then
        assertThat(outcome).isInstanceOf(JobOutcome.Complete.class);
        assertThat(store.snapshots().findByCycle("r1-trust-a-1").get(0).missingPeriods()).hasSize(2);
    }

    @Test
    void shouldWriteTheSameValuesWhenTheJobIsRedelivered(Store store) {
        // given
        WorkerFixtures.register(store);
        WorkerFixtures.submit(store, "trust-a", "four-hour", WorkerFixtures.FOUR_HOUR_BASELINE, WorkerFixtures.FOUR_HOUR_IMPROVED);
        WorkerFixtures.submit(store, "trust-a", "readmissions", WorkerFixtures.READMISSIONS_BASELINE,
                WorkerFixtures.READMISSIONS_STEADY);
        Job job = WorkerFixtures.job(1, JobTypes.FETCH_METRICS, WorkerFixtures.cycleVariables("trust-a"));
        JobOutcome first = runner.run(handler(store), job);
        List<SeriesSnapshot> afterFirst = store.snapshots().findByCycle("r1-trust-a-1");
        // when
        JobOutcome second = runner.run(handler(store), job);
        // then
        assertThat(second).isEqualTo(first);
        assertThat(store.snapshots().findByCycle("r1-trust-a-1")).isEqualTo(afterFirst);
    }

    @Test
    void shouldFetchFromTheProvidersFhirEndpoint(Store store) throws IOException {
        // given trust-c's FHIR server answers MeasureReport searches with real R4 Bundles (two pages)
        Path fixtures = Path.of("../../functions/src/test/resources/fhir").toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
        server.createContext("/fhir/MeasureReport", exchange -> {
            String page = exchange.getRequestURI().getRawQuery().contains("page=2") ? "measure-reports-page-2.json"
                    : "measure-reports-page-1.json";
            byte[] body = Files.readString(fixtures.resolve(page)).replace("{{base}}", base).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            store.programmes().register(WorkerFixtures.programme(base));
            // when
            JobOutcome outcome = runner.run(handler(store), WorkerFixtures.job(1, JobTypes.FETCH_METRICS,
                    WorkerFixtures.cycleVariables("trust-c")));
            // then nothing was submitted to the table, yet the study has its values
            assertThat(outcome).isInstanceOf(JobOutcome.Complete.class);
            assertThat(store.measurements().findAll("flow", "trust-c")).isEmpty();
            List<SeriesSnapshot> stored = store.snapshots().findByCycle("r1-trust-c-1");
            assertThat(stored).allSatisfy(s -> {
                assertThat(s.points()).hasSize(20);
                assertThat(s.source()).isEqualTo("fhir:" + base);
            });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldRetryWhenTheFhirEndpointIsDown(Store store) {
        // given trust-c's endpoint refuses connections (nothing listens on port 9 of loopback)
        store.programmes().register(WorkerFixtures.programme("http://127.0.0.1:9/fhir"));
        // when
        JobOutcome outcome = runner.run(handler(store), WorkerFixtures.job(1, JobTypes.FETCH_METRICS,
                WorkerFixtures.cycleVariables("trust-c")));
        // then
        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.Fail.class, f -> {
            assertThat(f.retriesLeft()).isEqualTo(2);
            assertThat(f.message()).contains("FHIR endpoint http://127.0.0.1:9/fhir/MeasureReport");
        });
    }
}
