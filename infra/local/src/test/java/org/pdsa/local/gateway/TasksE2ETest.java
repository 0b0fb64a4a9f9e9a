package org.pdsa.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.api.Role;
import org.pdsa.camunda.EngineException;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.stack.testing.FakeProcessEngine;
import org.pdsa.local.stack.testing.LocalStackExtension;

class TasksE2ETest {

    static final FakeProcessEngine ENGINE = new FakeProcessEngine();

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngineStandIn(ENGINE);

    static String programme;

    @BeforeAll
    static void register() {
        programme = TestProgrammes.uniqueId("ed");
        STACK.api().as(Role.MANAGER, "mary", null).post("/programmes", TestProgrammes.edFlow(programme));
        ENGINE.pinClock(Instant.parse("2024-01-03T09:00:00Z"));
    }

    @Test
    void shouldListOnlyTheTasksOfTheStaffsProviderAndGroups(ApiClient api) {
        // given
        long rf4Plan = planTask("rf4", "rf4-leads", TestProgrammes.uniqueId("s"));
        long rfrPlan = planTask("rfr", "rfr-leads", TestProgrammes.uniqueId("s"));

        // when
        JsonNode alices = api.as(Role.STAFF, "alice", "rf4", "rf4-leads").get("/tasks").json().path("tasks");
        JsonNode robs = api.as(Role.STAFF, "rob", "rfr", "rfr-leads", "rf4-leads").get("/tasks").json().path("tasks");

        // then: rob is in group rf4-leads too, but he is staff of rfr
        assertThat(alices.findValuesAsText("key")).contains(Long.toString(rf4Plan)).doesNotContain(Long.toString(rfrPlan));
        assertThat(robs.findValuesAsText("key")).contains(Long.toString(rfrPlan)).doesNotContain(Long.toString(rf4Plan));
        JsonNode task = first(alices, rf4Plan);
        assertThat(task.path("programmeId").asText()).isEqualTo(programme);
        assertThat(task.path("providerId").asText()).isEqualTo("rf4");
        assertThat(task.path("elementId").asText()).isEqualTo("task_plan_cycle");
        assertThat(api.as(Role.PROVIDER, "rf4-system", "rf4").get("/tasks").status()).isEqualTo(403);
    }

    @Test
    void shouldKeepAnotherProvidersTaskOutOfTheListEvenIfTheEngineDoesNotFilter(ApiClient api) {
        // given: rfr's task offered to a group that rf4's staff member is in too, and an engine ignoring providerId
        long rfrPlan = planTask("rfr", "shared-leads", TestProgrammes.uniqueId("s"));
        long rf4Plan = planTask("rf4", "shared-leads", TestProgrammes.uniqueId("s"));
        ENGINE.ignoreVariableFilters(true);
        JsonNode tasks;
        try {
            // when
            tasks = api.as(Role.STAFF, "ann", "rf4", "shared-leads").get("/tasks").json().path("tasks");
        } finally {
            ENGINE.ignoreVariableFilters(false);
        }

        // then
        assertThat(tasks.findValuesAsText("key")).contains(Long.toString(rf4Plan)).doesNotContain(Long.toString(rfrPlan));
    }

    @Test
    void shouldShowATasksFormWithItsCurrentValues(ApiClient api) {
        // given
        long key = planTask("rf4", "rf4-leads", TestProgrammes.uniqueId("s"));

        // when
        ApiClient.Response form = api.as(Role.STAFF, "alice", "rf4", "rf4-leads").get("/tasks/" + key + "/form");

        // then
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().path("formId").asText()).isEqualTo("pdsa-plan-cycle");
        assertThat(form.json().path("schema").path("components").isArray()).isTrue();
        assertThat(form.json().path("variables").path("measureOptions")).hasSize(2);
        assertThat(api.as(Role.STAFF, "rob", "rfr", "rfr-leads").get("/tasks/" + key).status()).isEqualTo(403);
        assertThat(api.as(Role.STAFF, "rob", "rfr", "rfr-leads").get("/tasks/999").status()).isEqualTo(404);
    }

    @Test
    void shouldCompleteThePlanAndStoreItOnTheCycle(LocalStack stack, ApiClient api) {
        // given: a cycle started by a programme run, so the table has no record of it yet
        String series = TestProgrammes.uniqueId("run") + "-rf4";
        long key = planTask("rf4", "rf4-leads", series);
        var alice = api.as(Role.STAFF, "alice", "rf4", "rf4-leads");

        // when
        ApiClient.Response claimed = alice.post("/tasks/" + key + "/assignment", "");
        ApiClient.Response done = alice.post("/tasks/" + key + "/completion", Map.of("variables", plan()));

        // then
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().path("assignee").asText()).isEqualTo("alice");
        assertThat(done.status()).isEqualTo(200);
        assertThat(ENGINE.completed()).anySatisfy(c -> {
            assertThat(c.taskKey()).isEqualTo(key);
            assertThat(c.variables()).containsKeys("changeIdea", "measureIds", "baselinePeriods");
        });
        Cycle cycle = stack.store().cycles().find(series + "-1").orElseThrow().value();
        assertThat(cycle.status()).isEqualTo(CycleStatus.DOING);
        assertThat(cycle.plan().changeIdea()).isEqualTo("Senior review at triage");
        assertThat(cycle.plan().testWindow().start()).isEqualTo(LocalDate.parse("2024-01-08"));
        assertThat(cycle.plan().baseline().start()).isEqualTo(LocalDate.parse("2023-10-16"));
        assertThat(cycle.timeline()).extracting(e -> e.event() + " by " + e.actor()).containsExactly("planned by alice");

        // and the cycle reads back through the API with its plan and data plan measures
        JsonNode view = alice.get("/cycles/" + series + "-1").json();
        assertThat(view.path("plan").path("question").asText()).isEqualTo("Does it cut four-hour breaches?");
        assertThat(view.path("measures").findValuesAsText("id")).containsExactly("breaches", "reattend");

        // and a second completion finds the task done
        assertThat(alice.post("/tasks/" + key + "/completion", Map.of("variables", plan())).status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseInvalidFormValuesWithTheirFields(ApiClient api) {
        // given
        long key = planTask("rf4", "rf4-leads", TestProgrammes.uniqueId("s"));
        Map<String, Object> values = new HashMap<>(plan());
        values.put("baselinePeriods", "twelve");
        values.put("testScale", "huge");
        values.put("prediction", "Like for 943 476 5919, breaches will fall");
        values.remove("question");

        // when
        ApiClient.Response response = api.as(Role.STAFF, "alice", "rf4", "rf4-leads")
                .post("/tasks/" + key + "/completion", Map.of("variables", values));

        // then
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "variables.question", "variables.prediction", "variables.testScale", "variables.baselinePeriods");
        assertThat(ENGINE.completed()).noneMatch(c -> c.taskKey() == key);
    }

    @Test
    void shouldRefuseAPlanBreakingTheProgrammesRules(ApiClient api) {
        // given: a test window starting on a Wednesday (weekly measures start on Mondays)
        long key = planTask("rf4", "rf4-leads", TestProgrammes.uniqueId("s"));
        Map<String, Object> values = new HashMap<>(plan());
        values.put("testWindowStart", "2024-01-10");

        // when
        ApiClient.Response response = api.as(Role.STAFF, "alice", "rf4", "rf4-leads")
                .post("/tasks/" + key + "/completion", Map.of("variables", values));

        // then
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("variables.testWindowStart");
        assertThat(response.json().path("errors").get(0).path("reason").asText()).contains("a Monday");
    }

    @Test
    void shouldRefuseStaffOfAnotherProviderAndAManagerOutsideTheProgramme(ApiClient api) {
        // given
        long key = planTask("rf4", "rf4-leads", TestProgrammes.uniqueId("s"));

        // when
        ApiClient.Response otherStaff = api.as(Role.STAFF, "rob", "rfr", "rfr-leads", "rf4-leads")
                .post("/tasks/" + key + "/completion", Map.of("variables", plan()));
        ApiClient.Response otherManager = api.as(Role.MANAGER, "max", null)
                .post("/tasks/" + key + "/completion", Map.of("variables", plan()));
        ApiClient.Response manager = api.as(Role.MANAGER, "mary", null).get("/tasks/" + key);

        // then
        assertThat(otherStaff.status()).isEqualTo(403);
        assertThat(otherStaff.json().path("detail").asText()).contains("belongs to provider rf4");
        assertThat(otherManager.status()).isEqualTo(403);
        assertThat(otherManager.json().path("detail").asText()).contains("does not manage programme " + programme);
        assertThat(manager.status()).isEqualTo(200);
        assertThat(ENGINE.completed()).noneMatch(c -> c.taskKey() == key);
    }

    @Test
    void shouldLetOnlyTheAssigneeCompleteAClaimedTask(ApiClient api) {
        // given
        long key = planTask("rf4", "rf4-leads", TestProgrammes.uniqueId("s"));
        api.as(Role.STAFF, "ann", "rf4", "rf4-leads").post("/tasks/" + key + "/assignment", "{}");
        var alice = api.as(Role.STAFF, "alice", "rf4", "rf4-leads");

        // when / then
        assertThat(alice.post("/tasks/" + key + "/assignment", "{}").status()).isEqualTo(409);
        ApiClient.Response response = alice.post("/tasks/" + key + "/completion", Map.of("variables", plan()));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("detail").asText()).contains("assigned to ann");
    }

    @Test
    void shouldListAProgrammesOpenTasksForItsManager(ApiClient api) {
        // given
        long key = planTask("rfr", "rfr-leads", TestProgrammes.uniqueId("s"));

        // when
        ApiClient.Response mine = api.as(Role.MANAGER, "mary", null).get("/tasks?programme=" + programme);
        ApiClient.Response notMine = api.as(Role.MANAGER, "max", null).get("/tasks?programme=" + programme);

        // then
        assertThat(mine.json().path("tasks").findValuesAsText("key")).contains(Long.toString(key));
        assertThat(notMine.status()).isEqualTo(403);
    }

    @Test
    void shouldCompleteOnceWhenRetriedWithTheSameIdempotencyKey(ApiClient api) {
        // given
        long key = planTask("rf4", "rf4-leads", TestProgrammes.uniqueId("s"));
        var alice = api.as(Role.STAFF, "alice", "rf4", "rf4-leads");

        // when
        ApiClient.Response first = alice.post("/tasks/" + key + "/completion", Map.of("variables", plan()),
                "Idempotency-Key", "complete-" + key);
        ApiClient.Response retry = alice.post("/tasks/" + key + "/completion", Map.of("variables", plan()),
                "Idempotency-Key", "complete-" + key);

        // then: the retry gets the first answer, not "409 already completed", and the engine saw one completion
        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("idempotent-replayed")).hasValue("true");
        assertThat(ENGINE.completed().stream().filter(c -> c.taskKey() == key)).hasSize(1);
    }

    @Test
    void shouldRecordThePlanOnceWhenACompletionIsRetriedAfterTheEngineFailed(LocalStack stack, ApiClient api) {
        // given the engine fails the first completion (after the plan went into the table)
        String series = TestProgrammes.uniqueId("retry") + "-rf4";
        long key = planTask("rf4", "rf4-leads", series);
        var alice = api.as(Role.STAFF, "alice", "rf4", "rf4-leads");
        ENGINE.failNextCompletion(new EngineException(EngineException.Kind.UNAVAILABLE, "engine restarting", null));

        // when the lead retries with the same key
        ApiClient.Response failed = alice.post("/tasks/" + key + "/completion", Map.of("variables", plan()),
                "Idempotency-Key", "plan-" + key);
        java.time.Instant before = ENGINE.now();
        ApiClient.Response retried;
        try {
            ENGINE.pinClock(before.plusSeconds(300));
            retried = alice.post("/tasks/" + key + "/completion", Map.of("variables", plan()), "Idempotency-Key", "plan-" + key);
        } finally {
            ENGINE.pinClock(before);
        }

        // then the retry runs (nothing was recorded for the failure) and the cycle shows one plan entry
        assertThat(failed.status()).isEqualTo(503);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("idempotent-replayed")).isEmpty();
        assertThat(ENGINE.completed().stream().filter(c -> c.taskKey() == key)).hasSize(1);
        Cycle cycle = stack.store().cycles().find(series + "-1").orElseThrow().value();
        assertThat(cycle.timeline()).extracting(e -> e.event() + " by " + e.actor()).containsExactly("planned by alice");
        assertThat(cycle.status()).isEqualTo(CycleStatus.DOING);
    }

    @Test
    void shouldRefuseTheSameIdempotencyKeyForAnotherBodyAndReplayARepeatedClaim(ApiClient api) {
        // given a plan completed with a key
        long key = planTask("rf4", "rf4-leads", TestProgrammes.uniqueId("s"));
        var alice = api.as(Role.STAFF, "alice", "rf4", "rf4-leads");
        ApiClient.Response claimed = alice.post("/tasks/" + key + "/assignment", Map.of(), "Idempotency-Key", "claim-" + key);
        ApiClient.Response again = alice.post("/tasks/" + key + "/assignment", Map.of(), "Idempotency-Key", "claim-" + key);
        assertThat(alice.post("/tasks/" + key + "/completion", Map.of("variables", plan()),
                "Idempotency-Key", "complete-" + key).status()).isEqualTo(200);

        // when the key comes back with other values, and the claim is repeated after the task was completed
        Map<String, Object> other = plan();
        other.put("changeIdea", "Something else entirely");
        ApiClient.Response reused = alice.post("/tasks/" + key + "/completion", Map.of("variables", other),
                "Idempotency-Key", "complete-" + key);
        ApiClient.Response lateClaim = alice.post("/tasks/" + key + "/assignment", Map.of(), "Idempotency-Key", "claim-" + key);

        // then
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("idempotent-replayed")).hasValue("true");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().path("errors").findValuesAsText("field")).contains("Idempotency-Key");
        assertThat(lateClaim.status()).isEqualTo(200);
        assertThat(lateClaim.json().path("assignee").asText()).isEqualTo("alice");
        assertThat(ENGINE.completed().stream().filter(c -> c.taskKey() == key)).hasSize(1);
    }

    private static long planTask(String provider, String group, String series) {
        Map<String, Object> v = new HashMap<>();
        v.put("programmeId", programme);
        v.put("providerId", provider);
        v.put("providerName", provider.equals("rf4") ? "Barking, Havering and Redbridge" : "Rotherham");
        v.put("leadGroups", List.of(group));
        v.put("cycleSeriesId", series);
        v.put("cycleNumber", 1);
        v.put("cycleId", series + "-1");
        v.put("measureOptions", List.of(Map.of("label", "Four-hour breaches", "value", "breaches"),
                Map.of("label", "Reattendance within 7 days", "value", "reattend")));
        v.put("testWindowStart", "2024-01-08");
        v.put("testWindowEnd", "2024-03-03");
        v.put("baselinePeriods", 12);
        return ENGINE.addTask("task_plan_cycle", "Plan the cycle", List.of(group), "pdsa-plan-cycle",
                form("plan-cycle.form"), v);
    }

    private static Map<String, Object> plan() {
        Map<String, Object> v = new HashMap<>();
        v.put("changeIdea", "Senior review at triage");
        v.put("question", "Does it cut four-hour breaches?");
        v.put("prediction", "Breaches fall by a tenth within eight weeks");
        v.put("measureIds", List.of("breaches", "reattend"));
        v.put("predictedImprovements", List.of("breaches"));
        v.put("dataCollection", "Weekly extract from the ED system");
        v.put("dataCollectionMethod", "existing-system");
        v.put("testWho", "ED consultants");
        v.put("testWhere", "Majors");
        v.put("testWhen", "Weekday day shifts");
        v.put("testScale", "one-team");
        v.put("testWindowStart", "2024-01-08");
        v.put("testWindowEnd", "2024-03-03");
        v.put("baselinePeriods", 12);
        return v;
    }

    private static String form(String file) {
        try {
            return Files.readString(LocalStackExtension.REPOSITORY.resolve("workflows/forms/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode first(JsonNode tasks, long key) {
        for (JsonNode t : tasks) {
            if (t.path("key").asText().equals(Long.toString(key))) {
                return t;
            }
        }
        throw new AssertionError("no task " + key + " in " + tasks);
    }
}
