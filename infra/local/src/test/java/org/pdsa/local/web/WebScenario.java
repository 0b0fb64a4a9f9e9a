package org.pdsa.local.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.pdsa.api.Role;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;

/**
 * The data the browser suite works on, put there through the public API: the demo programme ({@code ed-flow}, the
 * identities {@code ./pdsa up} prints: manager demo-manager, provider RF4 with group RF4-leads; and a second
 * provider RFR), 20 weeks of values per provider and measure ending last week, and open plan tasks at both
 * providers. What the browser does next (plan, study, decide) happens through the pages.
 */
final class WebScenario {

    static final String PROGRAMME = "ed-flow";
    static final Path FORMS = Path.of("..", "..", "workflows", "forms").toAbsolutePath().normalize();

    private final ApiClient api;
    private final LocalDate lastMonday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    WebScenario(LocalStack stack) {
        this.api = new ApiClient(stack.apiAddress(), stack.tokens());
    }

    /**
     * The scenario on the engine stand-in: run-1 has a plan waiting at each provider (the staff member plans RF4's
     * in the browser); run-0 was planned and studied at both, RFR decided to abandon and RF4 waits for its decision.
     * Returns the facts the browser suite reads.
     */
    static Map<String, Object> seedWithStandIn(LocalStack stack, org.pdsa.local.stack.testing.FakeProcessEngine engine) {
        WebScenario scenario = new WebScenario(stack);
        StandInCycles cycles = new StandInCycles(stack, engine);
        scenario.registerWithData();
        Map<String, Object> rf4 = scenario.cycleVariables("run-1", "RF4", "Barking, Havering and Redbridge");
        Map<String, Object> rfr = scenario.cycleVariables("run-1", "RFR", "Rotherham");
        long rf4Plan = cycles.openPlan(rf4);
        long rfrPlan = cycles.openPlan(rfr);

        Map<String, Object> rf4Studied = scenario.cycleVariables("run-0", "RF4", "Barking, Havering and Redbridge");
        Map<String, Object> rfrStudied = scenario.cycleVariables("run-0", "RFR", "Rotherham");
        Map<String, Object> plan = scenario.plan("Senior decision maker at triage");
        scenario.planThroughTheApi(cycles.openPlan(rf4Studied), "rf4-lead", "RF4", plan);
        scenario.planThroughTheApi(cycles.openPlan(rfrStudied), "rfr-lead", "RFR", plan);
        long rf4Study = cycles.studyAndOpenDecision(rf4Studied, plan);
        // due dates as the BPMN sets them (7 days after the task opened): the study has been waiting too long
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(ZoneOffset.UTC);
        engine.dueBy(rf4Plan, now.plusDays(7));
        engine.dueBy(rf4Study, now.minusDays(2));
        cycles.studyAndOpenDecision(rfrStudied, plan);
        cycles.decide((String) rfrStudied.get("cycleId"), org.pdsa.domain.Act.ABANDON,
                "Reattendances rose in the test window: the change moved harm elsewhere", "rfr-lead");

        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("programme", PROGRAMME);
        facts.put("rf4PlanTask", Long.toString(rf4Plan));
        facts.put("rfrPlanTask", Long.toString(rfrPlan));
        facts.put("rf4PlanCycle", rf4.get("cycleId"));
        facts.put("rf4StudyTask", Long.toString(rf4Study));
        facts.put("rf4StudyCycle", rf4Studied.get("cycleId"));
        facts.put("rfrDecidedCycle", rfrStudied.get("cycleId"));
        facts.put("testWindowStart", scenario.testWindowStart().toString());
        facts.put("testWindowEnd", scenario.testWindowEnd().toString());
        return facts;
    }

    void planThroughTheApi(long task, String lead, String provider, Map<String, Object> plan) {
        var staff = api.as(Role.STAFF, lead, provider, provider + "-leads");
        check(staff.post("/tasks/" + task + "/completion", Map.of("variables", plan)), "plan " + provider);
    }

    /** The test window that has just ended: the 8 weeks before this week. */
    LocalDate testWindowStart() {
        return lastMonday.minusWeeks(8);
    }

    LocalDate testWindowEnd() {
        return lastMonday.minusDays(1);
    }

    /** Registers the programme and submits the values; returns nothing the engine must know yet. */
    void registerWithData() {
        check(api.as(Role.MANAGER, "demo-manager", null).post("/programmes", programme()), "register the programme");
        // RF4 improves: breaches fall in the test window; RFR's reattendances rise (special cause concern)
        submit("RF4", "rf4-system", "breaches", w -> w < 12 ? 40 + (w * 7 % 5) : 31 + (w * 5 % 3));
        submit("RF4", "rf4-system", "reattend", w -> 7.5 + (w * 5 % 4) / 4.0);
        submit("RFR", "rfr-system", "breaches", w -> 52 + (w * 7 % 6));
        submit("RFR", "rfr-system", "reattend", w -> w < 12 ? 6 + (w * 5 % 3) / 3.0 : 9.5 + (w % 2) / 2.0);
    }

    /** The start variables a programme run gives each cycle (workflows/README.md), plus its cycle id. */
    Map<String, Object> cycleVariables(String runId, String provider, String providerName) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("programmeId", PROGRAMME);
        v.put("runId", runId);
        v.put("providerId", provider);
        v.put("providerName", providerName);
        v.put("leadGroups", List.of(provider + "-leads"));
        v.put("cycleSeriesId", runId + "-" + provider);
        v.put("cycleNumber", 1);
        v.put("cycleId", runId + "-" + provider + "-1");
        v.put("measureOptions", List.of(Map.of("label", "Four-hour breaches", "value", "breaches"),
                Map.of("label", "Reattendance within 7 days", "value", "reattend")));
        v.put("testWindowStart", lastMonday.plusWeeks(1).toString());
        v.put("testWindowEnd", lastMonday.plusWeeks(9).minusDays(1).toString());
        v.put("baselinePeriods", 12);
        return v;
    }

    /** A plan that passes the form's and the programme's rules, with the test window that has just ended. */
    Map<String, Object> plan(String changeIdea) {
        Map<String, Object> v = new HashMap<>();
        v.put("changeIdea", changeIdea);
        v.put("question", "Does a senior decision maker at triage cut four-hour breaches?");
        v.put("prediction", "Breaches fall by a fifth within eight weeks; reattendances do not rise.");
        v.put("measureIds", List.of("breaches", "reattend"));
        v.put("predictedImprovements", List.of("breaches"));
        v.put("dataCollection", "Weekly extract from the ED system by the information team.");
        v.put("dataCollectionMethod", "existing-system");
        v.put("testWho", "Triage nurses and the consultant in charge");
        v.put("testWhere", "Majors");
        v.put("testWhen", "Every weekday, 08:00 to 20:00");
        v.put("testScale", "one-team");
        v.put("testWindowStart", testWindowStart().toString());
        v.put("testWindowEnd", testWindowEnd().toString());
        v.put("baselinePeriods", 12);
        return v;
    }

    static String form(String file) {
        try {
            return Files.readString(FORMS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ApiClient api() {
        return api;
    }

    private void submit(String provider, String system, String measure, IntToDoubleFunction value) {
        List<Map<String, Object>> points = new ArrayList<>();
        LocalDate first = testWindowStart().minusWeeks(12);
        for (int w = 0; w < 20; w++) {
            points.add(Map.of("period", first.plusWeeks(w).toString(),
                    "value", BigDecimal.valueOf(value.applyAsDouble(w)).stripTrailingZeros()));
        }
        check(api.as(Role.PROVIDER, system, provider).post("/providers/" + provider + "/measurements",
                Map.of("programme", PROGRAMME, "measure", measure, "points", points)), "submit " + provider + " " + measure);
    }

    static ApiClient.Response check(ApiClient.Response response, String what) {
        if (response.status() >= 300) {
            throw new IllegalStateException("could not " + what + ": " + response.status() + " " + response.body());
        }
        return response;
    }

    private static Map<String, Object> programme() {
        return Map.of(
                "id", PROGRAMME,
                "name", "Emergency department flow",
                "aim", "Cut four-hour breaches at type 1 departments by a fifth within six months, without more reattendances",
                "measures", List.of(
                        Map.of("id", "breaches", "name", "Four-hour breaches", "unit", "attendances",
                                "type", "outcome", "direction", "decrease", "period", "week"),
                        Map.of("id", "reattend", "name", "Reattendance within 7 days", "unit", "%",
                                "type", "balancing", "direction", "decrease", "period", "week")),
                "providers", List.of(
                        Map.of("id", "RF4", "name", "Barking, Havering and Redbridge", "leadGroups", List.of("RF4-leads")),
                        Map.of("id", "RFR", "name", "Rotherham", "leadGroups", List.of("RFR-leads"))),
                "participants", List.of(Map.of("name", "Pat Quinn", "email", "pat.quinn@example.nhs.uk", "provider", "RF4")),
                "managers", List.of("demo-manager"));
    }
}
