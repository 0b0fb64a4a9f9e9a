package org.pdsa.domain;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The first day a FHIR {@code date} or {@code dateTime} names, as a measurement period's start: {@code 2024},
 * {@code 2024-03}, {@code 2024-03-04} or {@code 2024-03-04T09:00:00Z} (the calendar date as written, no time zone
 * shift). One rule for the API's MeasureReports and the FHIR fetch.
 */
public final class FhirDate {

    private FhirDate() {
    }

    /** The first day {@code text} names; empty when it is no FHIR date or dateTime. */
    public static Optional<LocalDate> firstDay(String text) {
        if (text == null || !(text.length() == 4 || text.length() == 7 || text.length() == 10
                || text.length() > 10 && text.charAt(10) == 'T')) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> Year.parse(text).atDay(1);
                case 7 -> YearMonth.parse(text).atDay(1);
                default -> LocalDate.parse(text.substring(0, 10));
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
