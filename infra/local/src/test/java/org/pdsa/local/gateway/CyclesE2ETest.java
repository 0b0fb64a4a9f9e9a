package org.pdsa.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.api.Role;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.stack.testing.FakeProcessEngine;
import org.pdsa.local.stack.testing.LocalStackExtension;

class CyclesE2ETest {

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
    void shouldStartAStandaloneCycleForTheCallersProvider(LocalStack stack, ApiClient api) {
        // when
        ApiClient.Response response = api.as(Role.PROVIDER, "rf4-system", "rf4").post("/cycles",
                Map.of("programme", programme));

        // then: the process starts with the contract's variables, and cycle 1 is in the table
        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        String cycleId = body.path("id").asText();
        String seriesId = body.path("cycleSeriesId").asText();
        assertThat(cycleId).isEqualTo(seriesId + "-1").startsWith("rf4-");
        assertThat(response.header("location")).hasValue("/cycles/" + cycleId);
        FakeProcessEngine.Started started = ENGINE.started().stream()
                .filter(s -> seriesId.equals(s.variables().get("cycleSeriesId"))).findFirst().orElseThrow();
        assertThat(started.processId()).isEqualTo("pdsa-cycle");
        assertThat(started.variables()).containsEntry("programmeId", programme).containsEntry("providerId", "rf4")
                .containsEntry("providerName", "Barking, Havering and Redbridge")
                .containsEntry("leadGroups", List.of("rf4-leads")).containsEntry("cycleNumber", 1)
                .containsEntry("testWindowStart", "2024-03-11").containsEntry("baselinePeriods", 12)
                .doesNotContainKey("runId");
        assertThat((List<?>) started.variables().get("measureOptions")).hasSize(2);
        Cycle stored = stack.store().cycles().find(cycleId).orElseThrow().value();
        assertThat(stored.status()).isEqualTo(CycleStatus.PLANNING);
        assertThat(stored.processInstanceKey()).isEqualTo(Long.toString(started.key()));
        assertThat(stored.timeline().get(0).actor()).isEqualTo("rf4-system");
    }

    @Test
    void shouldRefuseACycleForAnotherProviderOrOutsideTheProgramme(ApiClient api) {
        ApiClient.Response forOther = api.as(Role.PROVIDER, "rf4-system", "rf4").post("/cycles",
                Map.of("programme", programme, "provider", "rfr"));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(forOther.json().path("detail").asText()).isEqualTo("you act for provider rf4, not for provider rfr");

        ApiClient.Response outsider = api.as(Role.PROVIDER, "x-system", "zzz").post("/cycles", Map.of("programme", programme));
        assertThat(outsider.status()).isEqualTo(403);

        assertThat(api.as(Role.STAFF, "alice", "rf4", "rf4-leads").post("/cycles", Map.of("programme", programme))
                .status()).isEqualTo(403);
        assertThat(api.as(Role.PROVIDER, "rf4-system", "rf4").post("/cycles", Map.of("programme", "nope")).status())
                .isEqualTo(404);
    }

    @Test
    void shouldRefuseAWindowThatDoesNotStartAPeriod(ApiClient api) {
        ApiClient.Response response = api.as(Role.PROVIDER, "rf4-system", "rf4").post("/cycles",
                Map.of("programme", programme, "testWindowStart", "2024-03-13", "baselinePeriods", 1));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .containsExactly("testWindowStart", "baselinePeriods");
    }

    @Test
    void shouldShowTheCycleToMembersOfItsProgramme(ApiClient api) {
        // given
        String cycleId = api.as(Role.PROVIDER, "rf4-system", "rf4").post("/cycles", Map.of("programme", programme))
                .json().path("id").asText();

        // when
        ApiClient.Response byStaff = api.as(Role.STAFF, "alice", "rf4", "rf4-leads").get("/cycles/" + cycleId);

        // then
        assertThat(byStaff.status()).isEqualTo(200);
        assertThat(byStaff.json().path("status").asText()).isEqualTo("planning");
        assertThat(byStaff.json().path("measures").findValuesAsText("id")).containsExactly("breaches", "reattend");
        assertThat(api.as(Role.MANAGER, "max", null).get("/cycles/" + cycleId).status()).isEqualTo(403);
        assertThat(api.as(Role.MANAGER, "mary", null).get("/cycles/no-such-cycle").status()).isEqualTo(404);
    }

    @Test
    void shouldAnswer502WhenTheCycleProcessIsNotDeployed(ApiClient api) {
        // given
        FakeProcessEngine bare = ENGINE;
        bare.undeploy("pdsa-cycle");
        try {
            // when
            ApiClient.Response response = api.as(Role.PROVIDER, "rf4-system", "rf4").post("/cycles",
                    Map.of("programme", programme));

            // then
            assertThat(response.status()).isEqualTo(502);
            assertThat(response.json().path("detail").asText()).contains("pdsa-cycle is not deployed");
        } finally {
            bare.deploy("pdsa-cycle");
        }
    }

    @Test
    void shouldDrawAStudiedCyclesChartsAndShowItsIconsInTheProgramme(LocalStack stack, ApiClient api) {
        // given: 20 weekly values, and a cycle planned on them and studied as the analyse-measures worker stores it
        List<Map<String, Object>> points = new java.util.ArrayList<>();
        for (int week = 0; week < 20; week++) {
            points.add(Map.of("period", java.time.LocalDate.parse("2023-10-16").plusWeeks(week).toString(),
                    "value", week < 12 ? 40 + week % 3 : 30 + week % 2));
        }
        assertThat(api.as(Role.PROVIDER, "rf4-system", "rf4").post("/providers/rf4/measurements",
                Map.of("programme", programme, "measure", "breaches", "points", points)).status()).isBetween(200, 201);
        String cycleId = TestProgrammes.uniqueId("rf4") + "-1";
        org.pdsa.domain.Plan plan = new org.pdsa.domain.Plan("Senior review at triage", "Does it cut breaches?",
                List.of(new org.pdsa.domain.Prediction("breaches", org.pdsa.spc.ExpectedChange.DECREASE, null, "Fewer")),
                "Triage nurses", "one-team", "Majors", "Every shift", "From the ED system",
                new org.pdsa.domain.DateRange(java.time.LocalDate.parse("2024-01-08"), java.time.LocalDate.parse("2024-03-03")),
                new org.pdsa.domain.DateRange(java.time.LocalDate.parse("2023-10-16"), java.time.LocalDate.parse("2024-01-07")));
        Cycle studied = Cycle.started(cycleId, programme, "rf4", 1, new org.pdsa.domain.TimelineEntry(
                        Instant.parse("2023-12-01T09:00:00Z"), "started", "cycle 1", "rf4-system"))
                .withPlan(plan).withStudy(List.of(new org.pdsa.domain.MeasureStudy("breaches",
                        org.pdsa.spc.Verdict.IMPROVEMENT, true, "improvement", null, false, "{\"variationIcon\":\"improvement\"}")))
                .withStatus(CycleStatus.STUDYING);
        stack.store().cycles().create(studied);

        // when
        JsonNode cycle = api.as(Role.STAFF, "alice", "rf4", "rf4-leads").get("/cycles/" + cycleId + "?include=charts").json();
        JsonNode plain = api.as(Role.STAFF, "alice", "rf4", "rf4-leads").get("/cycles/" + cycleId).json();
        JsonNode listed = api.as(Role.MANAGER, "mary", null).get("/programmes/" + programme).json();

        // then: the study chart (baseline and test window shaded) only when asked for, and the icons in the listing
        JsonNode breaches = cycle.path("measures").get(0);
        assertThat(breaches.path("id").asText()).isEqualTo("breaches");
        assertThat(breaches.path("chartSvg").asText()).startsWith("<svg").contains("Test window").contains("Baseline");
        assertThat(plain.path("measures").get(0).has("chartSvg")).isFalse();
        JsonNode summary = java.util.stream.StreamSupport.stream(listed.path("cycles").spliterator(), false)
                .filter(c -> c.path("id").asText().equals(cycleId)).findFirst().orElseThrow();
        assertThat(summary.path("measures").get(0).path("measureId").asText()).isEqualTo("breaches");
        assertThat(summary.path("measures").get(0).path("verdict").asText()).isEqualTo("improvement");
        assertThat(summary.path("measures").get(0).path("variationIcon").asText()).isEqualTo("improvement");
    }
}
