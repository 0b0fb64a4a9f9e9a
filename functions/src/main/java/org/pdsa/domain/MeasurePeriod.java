package org.pdsa.domain;

import org.pdsa.codes.Coded;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The period one value of a measure covers; a period is named by its first day (Monday or the 1st). */
public enum MeasurePeriod implements Coded {
    WEEK,
    MONTH;

    /** True when {@code date} is the first day of a period: a Monday for weeks, the 1st for months. */
    public boolean isPeriodStart(LocalDate date) {
        return date.equals(startOf(date));
    }

    /** The first day of the period that contains {@code date}. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The first period start on or after {@code date}. */
    public LocalDate nextStartFrom(LocalDate date) {
        LocalDate start = startOf(date);
        return start.equals(date) ? date : plus(start, 1);
    }

    /** {@code date} moved by {@code periods} whole periods (negative goes back). */
    public LocalDate plus(LocalDate date, long periods) {
        return switch (this) {
            case WEEK -> date.plusWeeks(periods);
            case MONTH -> date.plusMonths(periods);
        };
    }

    /** The wording used in validation messages ("a Monday", "the first day of a month"). */
    public String startDescription() {
        return switch (this) {
            case WEEK -> "the first day of a week (a Monday)";
            case MONTH -> "the first day of a month";
        };
    }
}
