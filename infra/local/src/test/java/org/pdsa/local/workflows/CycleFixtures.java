package org.pdsa.local.workflows;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variables of the workflows' contract (workflows/README.md) for process tests: what the API starts a cycle
 * or a programme run with, what the leads enter on the forms, and what the workers complete with.
 */
final class CycleFixtures {

    /** The engine's time when the tests start: Friday before the test window. */
    static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
    static final String WINDOW_START = "2024-03-04";
    static final String WINDOW_END = "2024-04-28";
    /** The test window has started (the start timer is due at 00:00; 08:00 keeps weekly timers off midnight). */
    static final Instant WINDOW_STARTED = Instant.parse("2024-03-04T08:00:00Z");
    /** The day after the window's last day: the end timer is due at 00:00. */
    static final Instant WINDOW_OVER = Instant.parse("2024-04-29T00:00:00Z");

    private CycleFixtures() {
    }

    /** A standalone cycle as {@code POST /cycles} starts it. */
    static Map<String, Object> cycleStart(String providerId, String seriesId) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("programmeId", "ed-flow");
        v.put("providerId", providerId);
        v.put("providerName", "Provider " + providerId);
        v.put("leadGroups", List.of(providerId + "-leads"));
        v.put("cycleSeriesId", seriesId);
        v.put("cycleNumber", 1);
        v.put("measureOptions", measureOptions());
        v.put("testWindowStart", WINDOW_START);
        v.put("testWindowEnd", WINDOW_END);
        v.put("baselinePeriods", 12);
        return v;
    }

    /** A programme run as {@code POST /programmes/{id}/runs} starts it. */
    static Map<String, Object> programmeStart(String runId, List<String> providerIds) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("programmeId", "ed-flow");
        v.put("runId", runId);
        v.put("providers", providerIds.stream().map(id -> Map.of("id", id, "name", "Provider " + id,
                "leadGroups", List.of(id + "-leads"))).toList());
        v.put("measureOptions", measureOptions());
        v.put("testWindowStart", WINDOW_START);
        v.put("testWindowEnd", WINDOW_END);
        v.put("baselinePeriods", 12);
        return v;
    }

    /** The plan form's values. */
    static Map<String, Object> plan(String changeIdea) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("changeIdea", changeIdea);
        v.put("question", "Does it raise the share seen within 4 hours?");
        v.put("prediction", "Up by 4 points; reattendance unchanged");
        v.put("measureIds", List.of("four-hour", "reattend"));
        v.put("predictedImprovements", List.of("four-hour"));
        v.put("dataCollection", "Weekly extract");
        v.put("dataCollectionMethod", "existing-system");
        v.put("testWho", "ED team");
        v.put("testWhere", "Type 1 ED");
        v.put("testWhen", "Daytime");
        v.put("testScale", "one-team");
        v.put("testWindowStart", WINDOW_START);
        v.put("testWindowEnd", WINDOW_END);
        v.put("baselinePeriods", 12);
        return v;
    }

    /** What analyse-measures completes with. */
    static Map<String, Object> verdicts(String outcome, String balancing) {
        return Map.of(
                "verdicts", List.of(verdict("four-hour", "outcome", outcome, "improvement"),
                        verdict("reattend", "balancing", balancing, "no-concern")),
                "verdictSummary", "Seen within 4 hours: " + outcome + "; Reattendance: " + balancing,
                "balancingConcern", balancing.equals("concern"));
    }

    /** The study form's values. */
    static Map<String, Object> study(String decision) {
        Map<String, Object> v = new HashMap<>();
        v.put("doObservations", "Ran every day");
        v.put("learning", "Learned something in a " + decision + " cycle");
        v.put("surprises", "");
        v.put("decision", decision);
        v.put("rationale", "Because the verdicts said so");
        v.put("nextChange", decision.equals("adapt") ? "Start an hour earlier" : "");
        return v;
    }

    private static List<Map<String, String>> measureOptions() {
        return List.of(Map.of("label", "Seen within 4 hours", "value", "four-hour"),
                Map.of("label", "Reattendance within 7 days", "value", "reattend"));
    }

    private static Map<String, Object> verdict(String measure, String type, String result, String predicted) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("measureId", measure);
        v.put("measureName", measure);
        v.put("measureType", type);
        v.put("result", result);
        v.put("resultLabel", result);
        v.put("predicted", predicted);
        v.put("predictionMet", predicted.equals("improvement") ? result.equals("improvement") : !result.equals("concern"));
        v.put("predictionMetLabel", "");
        v.put("variationIcon", "common-cause");
        v.put("assuranceIcon", null);
        v.put("trialLimits", false);
        return v;
    }
}
