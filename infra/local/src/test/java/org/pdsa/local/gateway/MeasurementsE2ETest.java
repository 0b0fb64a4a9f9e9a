package org.pdsa.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.api.Role;
import org.pdsa.domain.Measurement;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.stack.testing.FakeProcessEngine;
import org.pdsa.local.stack.testing.LocalStackExtension;

class MeasurementsE2ETest {

    static final FakeProcessEngine ENGINE = new FakeProcessEngine();

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngineStandIn(ENGINE);

    static String programme;

    @BeforeAll
    static void register() {
        programme = TestProgrammes.uniqueId("ed");
        STACK.api().as(Role.MANAGER, "mary", null).post("/programmes", TestProgrammes.edFlow(programme));
        ENGINE.pinClock(Instant.parse("2024-03-06T12:00:00Z"));
    }

    @Test
    void shouldStoreAProvidersValuesAndKeepTheHistoryOfAResubmission(LocalStack stack, ApiClient api) {
        // given
        var rf4 = api.as(Role.PROVIDER, "rf4-system", "rf4");

        // when
        ApiClient.Response first = rf4.post("/providers/rf4/measurements", Map.of("programme", programme,
                "measure", "breaches", "points", List.of(Map.of("period", "2024-01-01", "value", 41),
                        Map.of("period", "2024-01-08", "value", 38.5))));
        ApiClient.Response again = rf4.post("/providers/rf4/measurements", Map.of("programme", programme,
                "measure", "breaches", "points", List.of(Map.of("period", "2024-01-08", "value", 36))));

        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("created").asInt()).isEqualTo(2);
        assertThat(again.json().path("replaced").asInt()).isEqualTo(1);
        Measurement stored = stack.store().measurements().find(programme, "rf4", "breaches", LocalDate.parse("2024-01-08"))
                .orElseThrow();
        assertThat(stored.value()).isEqualByComparingTo("36");
        assertThat(stored.recordedBy()).isEqualTo("rf4-system");
        assertThat(stored.recordedAt()).isEqualTo(Instant.parse("2024-03-06T12:00:00Z"));
        assertThat(stored.history()).hasSize(1);
        assertThat(stored.history().get(0).value()).isEqualByComparingTo("38.5");
    }

    @Test
    void shouldRefuseAProviderActingForAnotherProvider(ApiClient api) {
        // when
        ApiClient.Response response = api.as(Role.PROVIDER, "rf4-system", "rf4").post("/providers/rfr/measurements",
                Map.of("programme", programme, "measure", "breaches",
                        "points", List.of(Map.of("period", "2024-01-01", "value", 1))));

        // then
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("detail").asText()).isEqualTo("you act for provider rf4, not for provider rfr");
    }

    @Test
    void shouldRefuseStaffSubmittingValues(ApiClient api) {
        assertThat(api.as(Role.STAFF, "alice", "rf4", "rf4-leads").post("/providers/rf4/measurements",
                Map.of("programme", programme)).status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseBadValuesWithTheirFields(ApiClient api) {
        var rf4 = api.as(Role.PROVIDER, "rf4-system", "rf4");

        ApiClient.Response unknownProgramme = rf4.post("/providers/rf4/measurements", Map.of("programme", "nope",
                "measure", "breaches", "points", List.of(Map.of("period", "2024-01-01", "value", 1))));
        assertThat(unknownProgramme.status()).isEqualTo(404);

        ApiClient.Response invalid = rf4.post("/providers/rf4/measurements", """
                {"programme": "%s", "measure": "breaches", "points": [
                  {"period": "2024-01-03", "value": 5},
                  {"period": "2024-06-03", "value": 5},
                  {"period": "2024-01-15", "value": "five"}]}""".formatted(programme));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").findValuesAsText("field"))
                .containsExactly("points[2].value", "points[0].period", "points[1].period");
        assertThat(invalid.json().toString()).contains("the first day of a week (a Monday)").contains("not be in the future");

        ApiClient.Response unknownMeasure = rf4.post("/providers/rf4/measurements", Map.of("programme", programme,
                "measure", "beds", "points", List.of(Map.of("period", "2024-01-01", "value", 1))));
        assertThat(unknownMeasure.status()).isEqualTo(422);
        assertThat(unknownMeasure.json().path("errors").get(0).path("field").asText()).isEqualTo("measure");
    }

    @Test
    void shouldAcceptFhirMeasureReportsAndFindTheirProgramme(LocalStack stack, ApiClient api) throws Exception {
        // given: a Bundle of two weekly reports of measure four-hour-waits: give the programme that measure
        String id = TestProgrammes.uniqueId("fhir");
        Map<String, Object> withFhirMeasure = new java.util.HashMap<>(TestProgrammes.edFlow(id));
        withFhirMeasure.put("measures", List.of(Map.of("id", "four-hour-waits", "name", "Seen within four hours",
                "unit", "%", "type", "outcome", "direction", "increase", "period", "week")));
        api.as(Role.MANAGER, "mary", null).post("/programmes", withFhirMeasure);
        String bundle = Files.readString(LocalStackExtension.REPOSITORY.resolve(
                "functions/src/test/resources/api/fhir/bundle-weekly-reports.json"));

        // when
        ApiClient.Response response = api.as(Role.PROVIDER, "rf4-system", "rf4")
                .post("/providers/rf4/measurements?programme=" + id, bundle);

        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("created").asInt()).isEqualTo(2);
        assertThat(stack.store().measurements().findSeries(id, "rf4", "four-hour-waits", LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-31"))).extracting(m -> m.value().toPlainString()).containsExactly("71.4", "73.9");
    }

    @Test
    void shouldRefuseAPatientLevelFhirReport(ApiClient api) throws Exception {
        String report = Files.readString(LocalStackExtension.REPOSITORY.resolve(
                "functions/src/test/resources/api/fhir/measurereport-individual.json"));
        ApiClient.Response response = api.as(Role.PROVIDER, "rf4-system", "rf4").post("/providers/rf4/measurements", report);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("type", "subject");
    }

    @Test
    void shouldStoreARetriedSubmissionOnce(LocalStack stack, ApiClient api) {
        // given
        var rf4 = api.as(Role.PROVIDER, "rf4-system", "rf4");
        Map<String, Object> body = Map.of("programme", programme, "measure", "reattend",
                "points", List.of(Map.of("period", "2024-02-05", "value", 7.5)));

        // when
        ApiClient.Response first = rf4.post("/providers/rf4/measurements", body, "Idempotency-Key", "week-6-" + programme);
        ApiClient.Response retry = rf4.post("/providers/rf4/measurements", body, "Idempotency-Key", "week-6-" + programme);

        // then: the retry replays the first answer ("created"), it does not report "unchanged"
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.json().path("created").asInt()).isEqualTo(1);
        assertThat(retry.header("idempotent-replayed")).hasValue("true");
        assertThat(stack.store().measurements().find(programme, "rf4", "reattend", LocalDate.parse("2024-02-05"))
                .orElseThrow().history()).isEmpty();
    }
}
