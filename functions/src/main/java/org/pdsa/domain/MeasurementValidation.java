package org.pdsa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The rules a submitted value must meet: a known measure, a period start that fits it, a number. */
public final class MeasurementValidation {

    /** Values beyond this are mistakes, not aggregates (and would not fit DynamoDB's number range sensibly). */
    private static final BigDecimal LIMIT = new BigDecimal("1e15");

    private MeasurementValidation() {
    }

    /**
     * Errors for one point at {@code field} (e.g. {@code points[3]}): the period must be the first day of
     * the measure's period, not after {@code today}; the value must be present and finite in size.
     */
    public static List<FieldError> validatePoint(String field, LocalDate period, BigDecimal value, Measure measure,
                                                 LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (errors.require(field + ".period", period)) {
            errors.periodStart(field + ".period", period, measure.period());
            if (today != null && period.isAfter(today)) {
                errors.add(field + ".period", "must not be in the future (today is " + today + ")");
            }
        }
        if (errors.require(field + ".value", value) && value.abs().compareTo(LIMIT) >= 0) {
            errors.add(field + ".value", "must be smaller than 10^15 in size");
        }
        return errors.list();
    }
}
