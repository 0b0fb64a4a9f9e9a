package org.pdsa.domain;

import java.time.LocalDate;

/**
 * A programme's defaults for a cycle's windows: the baseline is the {@code baselinePeriods} periods before
 * the test window; the test window lasts {@code testWindowWeeks} weeks, or {@code testWindowMonths}
 * months when the programme measures monthly.
 */
public record CycleDefaults(int baselinePeriods, int testWindowWeeks, int testWindowMonths) {

    /** The product's defaults (DESIGN §3.6): 12 baseline periods; 8 weeks or 6 months of test. */
    public static final CycleDefaults STANDARD = new CycleDefaults(12, 8, 6);

    /** The test window starting with the first period that starts on or after {@code from}. */
    public DateRange testWindowFrom(LocalDate from, MeasurePeriod period) {
        LocalDate start = period.nextStartFrom(from);
        LocalDate end = switch (period) {
            case WEEK -> start.plusWeeks(testWindowWeeks).minusDays(1);
            case MONTH -> start.plusMonths(testWindowMonths).minusDays(1);
        };
        return new DateRange(start, end);
    }

    /** The baseline: the {@code baselinePeriods} whole periods just before the test window starts. */
    public DateRange baselineBefore(DateRange testWindow, MeasurePeriod period) {
        LocalDate firstTestPeriod = period.startOf(testWindow.start());
        return new DateRange(period.plus(firstTestPeriod, -baselinePeriods), firstTestPeriod.minusDays(1));
    }

    /** The plan with any missing test window or baseline filled in from these defaults. */
    public Plan applyTo(Plan plan, LocalDate today, MeasurePeriod period) {
        DateRange window = plan.testWindow() != null ? plan.testWindow() : testWindowFrom(today, period);
        DateRange baseline = plan.baseline() != null ? plan.baseline() : baselineBefore(window, period);
        return plan.withWindows(window, baseline);
    }
}
