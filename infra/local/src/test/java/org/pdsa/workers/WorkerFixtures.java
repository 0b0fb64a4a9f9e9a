package org.pdsa.workers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Measurement;
import org.pdsa.domain.Participant;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.spc.Direction;
import org.pdsa.store.Store;

/** A registered programme, submitted weekly values and contract-shaped jobs for the handler tests on dynalite. */
final class WorkerFixtures {

    static final Instant NOW = Instant.parse("2024-05-06T00:00:05Z");
    static final LocalDate TEST_START = LocalDate.parse("2024-03-11");
    static final LocalDate TEST_END = LocalDate.parse("2024-05-05");
    static final double[] FOUR_HOUR_BASELINE = {80, 82, 79, 81, 80, 78, 82, 81, 79, 80, 81, 80};
    static final double[] FOUR_HOUR_IMPROVED = {90, 91, 89, 92, 90, 91, 90, 92};
    static final double[] READMISSIONS_BASELINE = {12, 11, 13, 12, 12, 11, 12, 13, 12, 11, 12, 12};
    static final double[] READMISSIONS_STEADY = {12, 11, 13, 12, 12, 11, 12, 12};
    static final double[] READMISSIONS_WORSE = {16, 17, 16, 16, 17, 16, 16, 17};

    private WorkerFixtures() {
    }

    static Programme programme(String fhirEndpointOfTrustC) {
        return new Programme("flow", "Emergency flow", "Raise four-hour performance to 95% by March",
                List.of(new Measure("four-hour", "Seen within 4 hours", "%", MeasureType.OUTCOME, Direction.INCREASE,
                                new BigDecimal("95"), MeasurePeriod.WEEK),
                        new Measure("readmissions", "Readmitted within 7 days", "count", MeasureType.BALANCING,
                                Direction.DECREASE, null, MeasurePeriod.WEEK)),
                List.of(new Provider("trust-a", "Trust A", List.of("trust-a-leads"), null),
                        new Provider("trust-b", "Trust B", List.of("trust-b-leads"), null),
                        new Provider("trust-c", "Trust C", List.of("trust-c-leads"), fhirEndpointOfTrustC)),
                List.of(new Participant("Ann Lead", "ann@trust-a.example", "trust-a"),
                        new Participant("Bob Lead", "bob@trust-b.example", "trust-b"),
                        new Participant("Pat Wide", "pat@icb.example", null)),
                List.of("manager-1", "meg@icb.example"), null, null);
    }

    static Programme register(Store store) {
        Programme programme = programme(null);
        store.programmes().register(programme);
        return programme;
    }

    /** Submits weekly values from 12 weeks before the test window: the baseline, then the test weeks given. */
    static void submit(Store store, String provider, String measure, double[] baseline, double... test) {
        List<Measurement> points = new ArrayList<>();
        LocalDate week = TEST_START.minusWeeks(baseline.length);
        for (double v : concat(baseline, test)) {
            points.add(new Measurement("flow", provider, measure, week, BigDecimal.valueOf(v), NOW, "system", List.of()));
            week = week.plusWeeks(1);
        }
        store.measurements().submit(points);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The variables pdsa-cycle holds for cycle 1 of run r1 at {@code provider} once the plan is made. */
    static Map<String, Object> cycleVariables(String provider) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("programmeId", "flow");
        v.put("runId", "r1");
        v.put("providerId", provider);
        v.put("providerName", "Trust " + provider.substring(provider.length() - 1).toUpperCase());
        v.put("leadGroups", List.of(provider + "-leads"));
        v.put("cycleSeriesId", "r1-" + provider);
        v.put("cycleNumber", 1);
        v.put("cycleId", "r1-" + provider + "-1");
        v.put("testWindowStart", TEST_START.toString());
        v.put("testWindowEnd", TEST_END.toString());
        v.put("baselinePeriods", 12);
        v.put("changeIdea", "Senior review at the front door");
        v.put("question", "Does it raise four-hour performance?");
        v.put("prediction", "Four-hour performance rises by ten points");
        v.put("measureIds", List.of("four-hour", "readmissions"));
        v.put("predictedImprovements", List.of("four-hour"));
        v.put("dataCollection", "Weekly extract from the ED system");
        v.put("dataCollectionMethod", "existing-system");
        v.put("testWho", "ED consultants");
        v.put("testWhere", "Majors");
        v.put("testWhen", "Weekdays 8-20");
        v.put("testScale", "one-team");
        return v;
    }

    /** The store-decision job's variables after the study form: cycle variables, verdicts, decision, plan input. */
    static Map<String, Object> decisionVariables(String provider, String decision) {
        Map<String, Object> v = cycleVariables(provider);
        v.put("doObservations", "Two weeks of winter pressure");
        v.put("learning", "Senior review at the door speeds up decisions");
        v.put("surprises", null);
        v.put("decision", decision);
        v.put("rationale", "Clear special cause improvement, no harm seen");
        v.put("nextChange", null);
        v.put("balancingConcern", false);
        Map<String, Object> plan = new LinkedHashMap<>();
        for (String key : List.of("changeIdea", "question", "prediction", "predictedImprovements", "measureIds",
                "dataCollection", "dataCollectionMethod", "testScale", "testWho", "testWhere", "testWhen", "testWindowStart",
                "testWindowEnd", "baselinePeriods")) {
            plan.put(key, v.get(key));
        }
        v.put("plan", plan);
        return v;
    }

    static Job job(long key, String type, Map<String, Object> variables, Map<String, String> headers, int retries) {
        return new Job(key, type, 99L, "task_" + type.substring(5).replace('-', '_'),
                WorkerJson.MAPPER.valueToTree(variables), headers, retries, NOW);
    }

    static Job job(long key, String type, Map<String, Object> variables) {
        return job(key, type, variables, Map.of(), 3);
    }
}
