package org.pdsa.spc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One value of a measure for the period starting on {@code date}. */
public record SpcPoint(LocalDate date, BigDecimal value) {

    public SpcPoint {
        Objects.requireNonNull(date, "date");
        // one scale per number, so 4082 and 4082.0 are the same value (records compare BigDecimal by scale)
        value = Objects.requireNonNull(value, "value").stripTrailingZeros();
    }

    /** From a double; NaN and infinities are refused because no SPC rule can place them. */
    public static SpcPoint of(LocalDate date, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value for " + date + " is not a finite number: " + value);
        }
        return new SpcPoint(date, BigDecimal.valueOf(value));
    }

    public static SpcPoint of(String isoDate, double value) {
        return of(LocalDate.parse(isoDate), value);
    }
}
