package org.pdsa.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.api.Role;
import org.pdsa.domain.Act;
import org.pdsa.domain.Decision;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.stack.testing.LocalStackExtension;

/**
 * One standalone cycle through the HTTP API on the real engine with the real pdsa-cycle and job workers: the
 * provider starts it and sends its data, the lead plans, the engine's clock runs the test window, the workers
 * fetch and analyse, another provider's lead is refused the study task, the lead decides, and the decision is
 * stored once although its store-decision job is delivered twice.
 */
class CycleOnEngineE2ETest {

    private static final LostCompletionWorkers WORKERS = new LostCompletionWorkers();

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngine(EngineLaunchers.local())
            .withExtraServices(List.of(WORKERS));

    private static final Instant FRIDAY_BEFORE = Instant.parse("2024-03-01T09:00:00Z");
    private static final LocalDate WINDOW_START = LocalDate.parse("2024-03-04");
    private static final LocalDate WINDOW_END = LocalDate.parse("2024-04-28");
    private static final Instant WINDOW_OVER = Instant.parse("2024-04-29T09:00:00Z");

    @Test
    void shouldRunAWholeCycleThroughTheApiAndStoreOneDecisionWithItsEvidenceWhenTheJobIsDeliveredTwice(LocalStack stack,
                                                                                                          ApiClient api) {
        // given a programme, the provider's baseline, and the engine's clock before the test window
        pin(stack, FRIDAY_BEFORE);
        String programme = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Caller mary = api.as(Role.MANAGER, "mary", null);
        ApiClient.Caller system = api.as(Role.PROVIDER, "rf4-system", "rf4");
        ApiClient.Caller alice = api.as(Role.STAFF, "alice", "rf4", "rf4-leads");
        ApiClient.Caller rob = api.as(Role.STAFF, "rob", "rfr", "rfr-leads", "rf4-leads");
        assertThat(mary.post("/programmes", programme(programme)).status()).isEqualTo(201);
        send(system, programme, WINDOW_START.minusWeeks(12), 12, 80.0, 8.0);

        // when the provider starts a cycle and the lead plans it
        ApiClient.Response started = system.post("/cycles", Map.of("programme", programme));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String cycleId = started.json().path("id").asText();
        long instance = Long.parseLong(started.json().path("processInstanceKey").asText());
        String plan = awaitTask(alice, programme, cycleId, "task_plan_cycle");
        assertThat(alice.get("/tasks/" + plan + "/form").json().path("variables").path("cycleId").asText()).isEqualTo(cycleId);
        assertThat(alice.post("/tasks/" + plan + "/assignment", Map.of()).status()).isEqualTo(200);
        ApiClient.Response planned = alice.post("/tasks/" + plan + "/completion", Map.of("variables", planValues()));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);

        // and sends the test window's weeks on its last day, which rise well above the baseline, and the window ends
        pin(stack, Instant.parse("2024-04-28T20:00:00Z"));
        send(system, programme, WINDOW_START, 8, 88.0, 8.0);
        pin(stack, WINDOW_OVER);

        // then the workers fetch and analyse, and the study task shows the verdicts to the provider's lead
        String study = awaitTask(alice, programme, cycleId, "task_study_and_decide");
        JsonNode form = alice.get("/tasks/" + study + "/form").json().path("variables");
        assertThat(form.path("verdicts").findValuesAsText("measureId")).containsExactlyInAnyOrder("four-hour", "reattend");
        assertThat(form.path("verdicts").findValuesAsText("result")).contains("improvement");

        // when staff of another provider try to decide, they are refused and nothing moves
        ApiClient.Response refused = rob.post("/tasks/" + study + "/completion", Map.of("variables", decision()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("belongs to provider rf4");
        assertThat(alice.get("/tasks/" + study).status()).isEqualTo(200);

        // when the lead decides (and the first store-decision job loses its completion)
        assertThat(alice.post("/tasks/" + study + "/assignment", Map.of()).status()).isEqualTo(200);
        ApiClient.Response decided = alice.post("/tasks/" + study + "/completion", Map.of("variables", decision()));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        awaitCompletedWhileTheClockRuns(stack, instance);

        // then the job ran twice and there is one decision, read back from DynamoDB with its evidence
        assertThat(WORKERS.calls(LostCompletionWorkers.STORE, cycleId)).isEqualTo(2);
        List<Decision> stored = stack.store().decisions().findByProgramme(programme);
        assertThat(stored).singleElement().satisfies(d -> {
            assertThat(d.cycleId()).isEqualTo(cycleId);
            assertThat(d.act()).isEqualTo(Act.ADOPT);
            assertThat(d.decidedBy()).as("the person who completed the task").isEqualTo("alice");
            assertThat(d.evidence()).hasSize(2);
            d.evidence().forEach(e -> {
                assertThat(e.series()).as("series of " + e.measureId()).hasSize(20);
                assertThat(e.spcResultJson()).as("SPC study of " + e.measureId()).isNotBlank();
            });
        });
        assertThat(stack.store().decisions().findByCycle(cycleId).orElseThrow().evidence())
                .extracting(e -> e.measureId()).containsExactlyInAnyOrder("four-hour", "reattend");

        // and the API shows the same decision with its series and SPC study
        JsonNode cycle = alice.get("/cycles/" + cycleId).json();
        assertThat(cycle.path("decision").path("act").asText()).isEqualTo("adopt");
        assertThat(cycle.path("timeline").findValues("event").stream().map(JsonNode::asText)
                .filter("decided"::equals)).as("one decided entry, though the job ran twice").hasSize(1);
        assertThat(cycle.path("timeline")).anySatisfy(e -> {
            assertThat(e.path("event").asText()).isEqualTo("decided");
            assertThat(e.path("actor").asText()).isEqualTo("alice");
        });
        assertThat(cycle.path("decision").path("evidence")).hasSize(2);
        cycle.path("decision").path("evidence").forEach(e -> {
            assertThat(e.path("series")).as("series of " + e.path("measureId")).hasSize(20);
            assertThat(e.path("spcResultJson").asText()).isNotBlank();
        });
        assertThat(mary.get("/programmes/" + programme + "/learning").json().path("decisions")).hasSize(1);
        assertThat(stack.camundaClient().newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send()
                .join().items()).isEmpty();
    }

    private static void pin(LocalStack stack, Instant time) {
        stack.camundaClient().newPinClockCommand().time(time).send().join();
    }

    /** The lead's open task {@code elementId} of the cycle, once the engine has created it. */
    private static String awaitTask(ApiClient.Caller lead, String programme, String cycleId, String elementId) {
        AtomicReference<String> key = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).alias(elementId + " of " + cycleId)
                .until(() -> {
                    for (JsonNode t : lead.get("/tasks?programme=" + programme + "&cycle=" + cycleId).json().path("tasks")) {
                        if (elementId.equals(t.path("elementId").asText())) {
                            key.set(t.path("key").asText());
                            return true;
                        }
                    }
                    return false;
                });
        return key.get();
    }

    /** Moves the engine's clock on a few seconds at a time, so a job's retry backoff passes, until the cycle ends. */
    private static void awaitCompletedWhileTheClockRuns(LocalStack stack, long instance) {
        AtomicReference<Instant> now = new AtomicReference<>(WINDOW_OVER);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).alias("cycle completed").until(() -> {
            now.set(now.get().plusSeconds(5));
            pin(stack, now.get());
            return "COMPLETED".equals(stack.camundaClient().newProcessInstanceGetRequest(instance).send().join()
                    .getState().name());
        });
    }

    /** {@code weeks} weekly values of both measures from {@code from}, around {@code outcome} and {@code reattend}. */
    private static void send(ApiClient.Caller system, String programme, LocalDate from, int weeks, double outcome,
                             double reattend) {
        double[] wobble = {0.4, -0.6, 0.2, -0.3, 0.5, -0.2, 0.1, -0.4, 0.3, -0.5, 0.6, -0.1};
        List<Map<String, Object>> four = new ArrayList<>();
        List<Map<String, Object>> back = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            String period = from.plusWeeks(i).toString();
            four.add(Map.of("period", period, "value", outcome + wobble[i % wobble.length]));
            back.add(Map.of("period", period, "value", reattend - wobble[(i + 3) % wobble.length] / 2));
        }
        for (var entry : Map.of("four-hour", four, "reattend", back).entrySet()) {
            ApiClient.Response r = system.post("/providers/rf4/measurements", Map.of("programme", programme,
                    "measure", entry.getKey(), "points", entry.getValue()));
            assertThat(r.status()).as(r.body()).isIn(200, 201);
        }
    }

    private static Map<String, Object> programme(String id) {
        return Map.of(
                "id", id,
                "name", "Emergency department flow",
                "aim", "Raise the share seen within 4 hours without more patients coming back",
                "measures", List.of(
                        Map.of("id", "four-hour", "name", "Seen within 4 hours", "unit", "%", "type", "outcome",
                                "direction", "increase", "period", "week"),
                        Map.of("id", "reattend", "name", "Reattendance within 7 days", "unit", "%",
                                "type", "balancing", "direction", "decrease", "period", "week")),
                "providers", List.of(
                        Map.of("id", "rf4", "name", "Barking, Havering and Redbridge", "leadGroups", List.of("rf4-leads")),
                        Map.of("id", "rfr", "name", "Rotherham", "leadGroups", List.of("rfr-leads"))),
                "managers", List.of("mary"));
    }

    private static Map<String, Object> planValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("changeIdea", "A senior clinician streams walk-in patients at the front door");
        v.put("question", "Does it raise the share seen within 4 hours?");
        v.put("prediction", "Up by 5 points; reattendance unchanged");
        v.put("measureIds", List.of("four-hour", "reattend"));
        v.put("predictedImprovements", List.of("four-hour"));
        v.put("dataCollection", "Weekly extract");
        v.put("dataCollectionMethod", "existing-system");
        v.put("testWho", "ED team");
        v.put("testWhere", "Type 1 ED");
        v.put("testWhen", "Daytime");
        v.put("testScale", "one-team");
        v.put("testWindowStart", WINDOW_START.toString());
        v.put("testWindowEnd", WINDOW_END.toString());
        v.put("baselinePeriods", 12);
        return v;
    }

    private static Map<String, Object> decision() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("doObservations", "Ran every day");
        v.put("learning", "Streaming at the door works here");
        v.put("surprises", "");
        v.put("decision", "adopt");
        v.put("rationale", "Special cause improvement, no balancing concern");
        v.put("nextChange", "");
        return v;
    }
}
