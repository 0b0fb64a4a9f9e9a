package org.pdsa.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One aggregated value of a measure for one provider and period ({@code period} is the period's first
 * day, UTC), with the values earlier submissions gave for the same period, oldest first.
 */
public record Measurement(
        String programmeId,
        String providerId,
        String measureId,
        LocalDate period,
        BigDecimal value,
        Instant recordedAt,
        String recordedBy,
        List<ReplacedValue> history) {

    public Measurement {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** True when {@code other} names the same value (scale ignored: 5 and 5.0 are the same value). */
    public boolean sameValueAs(BigDecimal other) {
        return value != null && other != null && value.compareTo(other) == 0;
    }

    /** This period resubmitted: the new value, with the current one moved to the history. */
    public Measurement replacedBy(BigDecimal newValue, Instant at, String by) {
        List<ReplacedValue> longer = new ArrayList<>(history);
        longer.add(new ReplacedValue(value, recordedAt, recordedBy, at));
        return new Measurement(programmeId, providerId, measureId, period, newValue, at, by, longer);
    }
}
