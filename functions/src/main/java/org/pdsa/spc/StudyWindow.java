package org.pdsa.spc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The baseline period and the test window of a PDSA cycle (all dates inclusive; the baseline comes first). */
public record StudyWindow(LocalDate baselineStart, LocalDate baselineEnd, LocalDate testStart, LocalDate testEnd) {

    public StudyWindow {
        Objects.requireNonNull(baselineStart, "baselineStart");
        Objects.requireNonNull(baselineEnd, "baselineEnd");
        Objects.requireNonNull(testStart, "testStart");
        Objects.requireNonNull(testEnd, "testEnd");
        if (baselineEnd.isBefore(baselineStart)) {
            throw new SpcInputException("window.baselineEnd", "is before baselineStart " + baselineStart);
        }
        if (testEnd.isBefore(testStart)) {
            throw new SpcInputException("window.testEnd", "is before testStart " + testStart);
        }
        if (!baselineEnd.isBefore(testStart)) {
            throw new SpcInputException("window.baselineEnd", "must be before the test window starts ("
                    + testStart + ")");
        }
    }

    /**
     * The defaults of DESIGN.md §3.6: the 12 periods before the test window as baseline; a test window of
     * 8 weeks (weekly measures) or 6 months (monthly measures).
     */
    public static StudyWindow defaultFor(LocalDate testStart, ChronoUnit period) {
        if (period != ChronoUnit.WEEKS && period != ChronoUnit.MONTHS) {
            throw new IllegalArgumentException("period must be WEEKS or MONTHS, got " + period);
        }
        int testPeriods = period == ChronoUnit.WEEKS ? 8 : 6;
        return new StudyWindow(testStart.minus(12, period), testStart.minusDays(1), testStart,
                testStart.plus(testPeriods, period).minusDays(1));
    }

    public boolean inBaseline(LocalDate date) {
        return !date.isBefore(baselineStart) && !date.isAfter(baselineEnd);
    }

    public boolean inTest(LocalDate date) {
        return !date.isBefore(testStart) && !date.isAfter(testEnd);
    }
}
