package org.pdsa.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The values of one measure that a cycle's study is based on, as fetched when its test window ended: the
 * baseline and test-window periods, the values found for them (oldest first), the test-window periods
 * that had no value, and where the values came from ({@code table} or the provider's FHIR endpoint).
 */
public record SeriesSnapshot(
        String cycleId,
        String programmeId,
        String providerId,
        String measureId,
        DateRange baseline,
        DateRange testWindow,
        List<SeriesPoint> points,
        List<LocalDate> missingPeriods,
        String source) {

    public SeriesSnapshot {
        points = points == null ? List.of() : List.copyOf(points);
        missingPeriods = missingPeriods == null ? List.of() : List.copyOf(missingPeriods);
    }

    /** The points of the baseline periods. */
    public List<SeriesPoint> baselinePoints() {
        return points.stream().filter(p -> baseline.contains(p.period())).toList();
    }

    /** The points of the test-window periods. */
    public List<SeriesPoint> testPoints() {
        return points.stream().filter(p -> testWindow.contains(p.period())).toList();
    }
}
