package org.pdsa.domain;

import java.time.LocalDate;

/** Dates from {@code start} to {@code end}, both inclusive (UTC calendar dates). */
public record DateRange(LocalDate start, LocalDate end) {

    /** True when {@code date} lies within the range. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** True when both ends are set and the start is not after the end. */
    public boolean isOrdered() {
        return start != null && end != null && !start.isAfter(end);
    }
}
