package org.pdsa.workers.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasurePeriod;

/**
 * The periods of one measure that a cycle studies (workflows/README.md, pdsa.fetch-metrics): the test
 * periods are those whose first day lies in the test window; the baseline is the {@code baselinePeriods}
 * periods before the window. A period that starts before the window but runs into it (a window starting
 * mid-week) belongs to neither, so no baseline value was measured during the test.
 */
public record MeasureWindow(Measure measure, DateRange baseline, DateRange test, List<LocalDate> baselinePeriods,
                            List<LocalDate> testPeriods) {

    public MeasureWindow {
        baselinePeriods = List.copyOf(baselinePeriods);
        testPeriods = List.copyOf(testPeriods);
    }

    public static MeasureWindow of(Measure measure, LocalDate testStart, LocalDate testEnd, int baselineCount) {
        MeasurePeriod period = measure.period();
        List<LocalDate> test = new ArrayList<>();
        for (LocalDate p = period.nextStartFrom(testStart); !p.isAfter(testEnd); p = period.plus(p, 1)) {
            test.add(p);
        }
        LocalDate firstNotBaseline = period.startOf(testStart);
        LocalDate firstBaseline = period.plus(firstNotBaseline, -baselineCount);
        List<LocalDate> baseline = new ArrayList<>();
        for (LocalDate p = firstBaseline; p.isBefore(firstNotBaseline); p = period.plus(p, 1)) {
            baseline.add(p);
        }
        return new MeasureWindow(measure, new DateRange(firstBaseline, firstNotBaseline.minusDays(1)),
                new DateRange(testStart, testEnd), baseline, test);
    }

    /** From the first baseline day to the last test day: what to read. */
    public DateRange span() {
        return new DateRange(baseline.start(), test.end());
    }
}
