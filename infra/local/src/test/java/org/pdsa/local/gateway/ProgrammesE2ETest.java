package org.pdsa.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.api.Role;
import org.pdsa.domain.Act;
import org.pdsa.domain.Decision;
import org.pdsa.domain.MeasureEvidence;
import org.pdsa.domain.Programme;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.stack.testing.FakeProcessEngine;
import org.pdsa.local.stack.testing.LocalStackExtension;

class ProgrammesE2ETest {

    static final FakeProcessEngine ENGINE = new FakeProcessEngine();

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngineStandIn(ENGINE);

    @Test
    void shouldRegisterAProgrammeAndReadItBackFromTheTable(LocalStack stack, ApiClient api) {
        // given
        String id = TestProgrammes.uniqueId("ed");

        // when
        ApiClient.Response created = api.as(Role.MANAGER, "mary", null).post("/programmes", TestProgrammes.edFlow(id));

        // then
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("location")).hasValue("/programmes/" + id);
        assertThat(created.json().path("measures").get(0).path("direction").asText()).isEqualTo("decrease");
        Programme stored = stack.store().programmes().find(id).orElseThrow();
        assertThat(stored.providers()).extracting(p -> p.id()).containsExactly("rf4", "rfr");
        assertThat(stack.store().programmes().isManager(id, "mary")).isTrue();
    }

    @Test
    void shouldAnswerTheSameRegistrationWith200AndAnotherWith409(ApiClient api) {
        // given
        String id = TestProgrammes.uniqueId("ed");
        var mary = api.as(Role.MANAGER, "mary", null);
        mary.post("/programmes", TestProgrammes.edFlow(id));
        Map<String, Object> changed = new HashMap<>(TestProgrammes.edFlow(id));
        changed.put("name", "Another name");

        // when / then
        assertThat(mary.post("/programmes", TestProgrammes.edFlow(id)).status()).isEqualTo(200);
        ApiClient.Response conflict = mary.post("/programmes", changed);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().path("detail").asText()).contains("already registered with other details");
    }

    @Test
    void shouldRefuseRegistrationByStaffAndByAManagerNotListed(ApiClient api) {
        String id = TestProgrammes.uniqueId("ed");
        ApiClient.Response staff = api.as(Role.STAFF, "alice", "rf4", "rf4-leads").post("/programmes",
                TestProgrammes.edFlow(id));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.json().path("detail").asText()).contains("needs the role manager");

        ApiClient.Response outsider = api.as(Role.MANAGER, "max", null).post("/programmes", TestProgrammes.edFlow(id));
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.json().path("errors").get(0).path("field").asText()).isEqualTo("managers");
    }

    @Test
    void shouldRefuseBadInputWithTheField(ApiClient api) {
        var mary = api.as(Role.MANAGER, "mary", null);

        // malformed JSON
        ApiClient.Response malformed = mary.post("/programmes", "{\"id\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("content-type")).hasValue("application/problem+json");

        // wrong types
        Map<String, Object> wrongTypes = new HashMap<>(TestProgrammes.edFlow(TestProgrammes.uniqueId("ed")));
        wrongTypes.put("managers", "mary");
        ApiClient.Response typed = mary.post("/programmes", wrongTypes);
        assertThat(typed.status()).isEqualTo(422);
        assertThat(typed.json().path("errors").get(0).path("field").asText()).isEqualTo("managers");
        assertThat(typed.json().path("errors").get(0).path("reason").asText()).isEqualTo("must be an array, got a string");

        // an NHS number in free text
        Map<String, Object> withPatient = new HashMap<>(TestProgrammes.edFlow(TestProgrammes.uniqueId("ed")));
        withPatient.put("aim", "Follow up 943 476 5919 and others like them");
        ApiClient.Response privacy = mary.post("/programmes", withPatient);
        assertThat(privacy.status()).isEqualTo(422);
        JsonNode error = privacy.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("aim");
        assertThat(error.path("reason").asText()).contains("NHS number").doesNotContain("943");
    }

    @Test
    void shouldShowTheProgrammeToMembersOnly(ApiClient api) {
        // given
        String id = TestProgrammes.uniqueId("ed");
        api.as(Role.MANAGER, "mary", null).post("/programmes", TestProgrammes.edFlow(id));

        // when / then
        assertThat(api.as(Role.MANAGER, "mary", null).get("/programmes/" + id).status()).isEqualTo(200);
        assertThat(api.as(Role.PROVIDER, "rf4-system", "rf4").get("/programmes/" + id).json().path("cycles").isArray())
                .isTrue();
        assertThat(api.as(Role.STAFF, "rob", "rfr", "rfr-leads").get("/programmes/" + id).status()).isEqualTo(200);
        ApiClient.Response otherManager = api.as(Role.MANAGER, "max", null).get("/programmes/" + id);
        assertThat(otherManager.status()).isEqualTo(403);
        assertThat(otherManager.json().path("detail").asText()).contains("max does not manage programme " + id);
        ApiClient.Response outsider = api.as(Role.PROVIDER, "x-system", "zzz").get("/programmes/" + id);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.json().path("detail").asText()).isEqualTo("provider zzz does not take part in programme " + id);
    }

    @Test
    void shouldListTheProgrammesTheCallerTakesPartIn(ApiClient api) {
        // given two programmes of one manager, one with provider rf4 only, and another manager's programme
        String manager = TestProgrammes.uniqueId("mgr");
        String provider = TestProgrammes.uniqueId("p");
        String both = TestProgrammes.uniqueId("ed");
        String theirs = TestProgrammes.uniqueId("ed");
        String notMine = TestProgrammes.uniqueId("ed");
        api.as(Role.MANAGER, manager, null).post("/programmes", withMembers(both, manager, provider, "rfr"));
        api.as(Role.MANAGER, manager, null).post("/programmes", withMembers(theirs, manager, "rfr"));
        api.as(Role.MANAGER, "mary", null).post("/programmes", withMembers(notMine, "mary", provider));

        // when
        JsonNode managed = api.as(Role.MANAGER, manager, null).get("/programmes").json();
        JsonNode ofProvider = api.as(Role.STAFF, "sam", provider, provider + "-leads").get("/programmes").json();
        JsonNode none = api.as(Role.MANAGER, TestProgrammes.uniqueId("new"), null).get("/programmes").json();

        // then: each sees their own, with aim, providers and measures, and no participants' contact details
        assertThat(ids(managed)).containsExactlyInAnyOrder(both, theirs);
        assertThat(ids(ofProvider)).containsExactlyInAnyOrder(both, notMine);
        assertThat(none.path("programmes")).isEmpty();
        JsonNode first = managed.path("programmes").get(0);
        assertThat(first.path("aim").asText()).startsWith("Cut four-hour breaches");
        assertThat(first.path("measures").findValuesAsText("type")).containsExactly("outcome", "balancing");
        assertThat(first.path("providers").findValuesAsText("name")).isNotEmpty();
        assertThat(managed.toString()).doesNotContain("pat.quinn");
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new java.util.ArrayList<>();
        list.path("programmes").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    /** ED flow under {@code id}, managed by {@code manager}, with the given providers. */
    private static Map<String, Object> withMembers(String id, String manager, String... providers) {
        Map<String, Object> body = new HashMap<>(TestProgrammes.edFlow(id));
        body.put("managers", List.of(manager));
        body.put("providers", java.util.Arrays.stream(providers)
                .map(p -> Map.of("id", p, "name", "Provider " + p, "leadGroups", List.of(p + "-leads"))).toList());
        body.put("participants", List.of(Map.of("name", "Pat Quinn", "email", "pat.quinn@example.nhs.uk",
                "provider", providers[0])));
        return body;
    }

    @Test
    void shouldStartARunForTheProgrammesManagerOnly(LocalStack stack, ApiClient api) {
        // given
        String id = TestProgrammes.uniqueId("ed");
        api.as(Role.MANAGER, "mary", null).post("/programmes", TestProgrammes.edFlow(id));
        ENGINE.pinClock(Instant.parse("2024-03-06T12:00:00Z"));

        // when
        ApiClient.Response refused = api.as(Role.MANAGER, "max", null).post("/programmes/" + id + "/runs", "{}");
        ApiClient.Response run = api.as(Role.MANAGER, "mary", null).post("/programmes/" + id + "/runs", "");

        // then
        assertThat(refused.status()).isEqualTo(403);
        assertThat(run.status()).isEqualTo(201);
        String runId = run.json().path("id").asText();
        FakeProcessEngine.Started started = ENGINE.started().stream()
                .filter(s -> runId.equals(s.variables().get("runId"))).findFirst().orElseThrow();
        assertThat(started.processId()).isEqualTo("improvement-programme");
        assertThat(started.variables()).containsEntry("programmeId", id)
                .containsEntry("testWindowStart", "2024-03-11").containsEntry("testWindowEnd", "2024-05-05")
                .containsEntry("baselinePeriods", 12);
        assertThat((List<?>) started.variables().get("providers")).hasSize(2);
        assertThat(stack.store().runs().find(id, runId)).hasValueSatisfying(r ->
                assertThat(r.processInstanceKey()).isEqualTo(Long.toString(started.key())));
    }

    @Test
    void shouldReplayARegistrationRetriedWithTheSameIdempotencyKey(ApiClient api) {
        // given
        String id = TestProgrammes.uniqueId("ed");
        var mary = api.as(Role.MANAGER, "mary", null);
        ApiClient.Response first = mary.post("/programmes", TestProgrammes.edFlow(id), "Idempotency-Key", "reg-" + id);

        // when
        ApiClient.Response retry = mary.post("/programmes", TestProgrammes.edFlow(id), "Idempotency-Key", "reg-" + id);
        Map<String, Object> other = new HashMap<>(TestProgrammes.edFlow(id));
        other.put("name", "changed");
        ApiClient.Response misuse = mary.post("/programmes", other, "Idempotency-Key", "reg-" + id);

        // then: the stored 201 comes back, marked as a replay; another body under the key is refused
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("idempotent-replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(misuse.status()).isEqualTo(422);
        assertThat(misuse.json().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void shouldShowEveryDecisionAcrossProvidersWithEvidenceAndCharts(LocalStack stack, ApiClient api) {
        // given: two decisions stored as the store-decision worker stores them
        String id = TestProgrammes.uniqueId("ed");
        api.as(Role.MANAGER, "mary", null).post("/programmes", TestProgrammes.edFlow(id));
        List<SeriesPoint> series = new java.util.ArrayList<>();
        for (int week = 0; week < 20; week++) {
            series.add(new SeriesPoint(LocalDate.parse("2024-01-01").plusWeeks(week),
                    BigDecimal.valueOf(week < 12 ? 40 + week % 3 : 30 + week % 2)));
        }
        stack.store().decisions().record(new Decision(id + "-rf4-1", id, "rf4", 1, Act.ADOPT, "Breaches fell",
                List.of(new MeasureEvidence("breaches", series, "{\"variationIcon\":\"improvement\"}", null)),
                "alice", Instant.parse("2024-05-20T10:00:00Z")));
        stack.store().decisions().record(new Decision(id + "-rfr-1", id, "rfr", 1, Act.ABANDON, "Reattendance rose",
                List.of(), "rob", Instant.parse("2024-05-21T10:00:00Z")));

        // when
        ApiClient.Response learning = api.as(Role.STAFF, "rob", "rfr", "rfr-leads")
                .get("/programmes/" + id + "/learning?include=charts");

        // then
        assertThat(learning.status()).isEqualTo(200);
        JsonNode body = learning.json();
        assertThat(body.path("decisions")).hasSize(2);
        assertThat(body.path("decisions").get(0).path("providerName").asText()).isEqualTo("Barking, Havering and Redbridge");
        JsonNode evidence = body.path("decisions").get(0).path("evidence").get(0);
        assertThat(evidence.path("spc").path("variationIcon").asText()).isEqualTo("improvement");
        assertThat(evidence.path("series")).hasSize(20);
        assertThat(evidence.path("chartSvg").asText()).startsWith("<svg");
        assertThat(body.path("counts").path("adopt").asInt()).isEqualTo(1);
        assertThat(body.path("counts").path("abandon").asInt()).isEqualTo(1);
        assertThat(api.as(Role.MANAGER, "max", null).get("/programmes/" + id + "/learning").status()).isEqualTo(403);
    }
}
