package org.pdsa.workers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Participant;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.spc.Direction;

/** A programme of two weekly measures and three providers, its series, and jobs, for unit tests of the workers. */
public final class Samples {

    public static final Instant NOW = Instant.parse("2024-05-06T00:00:05Z");
    /** A Monday: the test window runs 8 weeks from here; the baseline is the 12 weeks before. */
    public static final LocalDate TEST_START = LocalDate.parse("2024-03-11");
    public static final LocalDate TEST_END = LocalDate.parse("2024-05-05");
    /** Steady around 80 (mean 80.25, limits about 75 to 86). */
    public static final double[] BASELINE = {80, 82, 79, 81, 80, 78, 82, 81, 79, 80, 81, 80};

    private Samples() {
    }

    public static Programme programme() {
        return new Programme("flow", "Emergency flow", "Raise four-hour performance to 95% by March",
                List.of(new Measure("four-hour", "Seen within 4 hours", "%", MeasureType.OUTCOME, Direction.INCREASE,
                                new BigDecimal("95"), MeasurePeriod.WEEK),
                        new Measure("readmissions", "Readmitted within 7 days", "count", MeasureType.BALANCING,
                                Direction.DECREASE, null, MeasurePeriod.WEEK)),
                List.of(new Provider("trust-a", "Trust A", List.of("trust-a-leads"), null),
                        new Provider("trust-b", "Trust B", List.of("trust-b-leads"), null),
                        new Provider("trust-c", "Trust C", List.of("trust-c-leads"), "http://fhir.trust-c.example/r4")),
                List.of(new Participant("Ann Lead", "ann@trust-a.example", "trust-a"),
                        new Participant("Bob Lead", "bob@trust-b.example", "trust-b"),
                        new Participant("Pat Wide", "pat@icb.example", null)),
                List.of("manager-1", "meg@icb.example"), null, null);
    }

    /** Baseline then test values, one per week from 12 weeks before {@link #TEST_START}. */
    public static List<SeriesPoint> weekly(double[] baseline, double... test) {
        List<SeriesPoint> points = new ArrayList<>();
        LocalDate week = TEST_START.minusWeeks(baseline.length);
        for (double v : baseline) {
            points.add(new SeriesPoint(week, BigDecimal.valueOf(v)));
            week = week.plusWeeks(1);
        }
        for (double v : test) {
            points.add(new SeriesPoint(week, BigDecimal.valueOf(v)));
            week = week.plusWeeks(1);
        }
        return points;
    }

    public static SeriesSnapshot snapshot(String cycleId, String measureId, List<SeriesPoint> points) {
        return new SeriesSnapshot(cycleId, "flow", "trust-a", measureId,
                new DateRange(TEST_START.minusWeeks(12), TEST_START.minusDays(1)), new DateRange(TEST_START, TEST_END),
                points, List.of(), "table");
    }

    public static Job job(String type, String variablesJson, Map<String, String> headers, int retries) {
        ObjectNode variables = WorkerJson.variables(variablesJson);
        return new Job(4242L, type, 17L, "task_x", variables, headers, retries, NOW);
    }
}
