package org.pdsa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FhirDateTest {

    @Test
    void shouldTakeTheFirstDayOfAYearAMonthADateOrADateTimeAsWritten() {
        assertThat(FhirDate.firstDay("2024")).hasValue(LocalDate.parse("2024-01-01"));
        assertThat(FhirDate.firstDay("2024-03")).hasValue(LocalDate.parse("2024-03-01"));
        assertThat(FhirDate.firstDay("2024-03-04")).hasValue(LocalDate.parse("2024-03-04"));
        // the calendar date as written: no shift from +01:00 to UTC
        assertThat(FhirDate.firstDay("2024-03-04T00:30:00+01:00")).hasValue(LocalDate.parse("2024-03-04"));
    }

    @Test
    void shouldRefuseWhatIsNoFhirDate() {
        assertThat(FhirDate.firstDay(null)).isEmpty();
        assertThat(FhirDate.firstDay("2024-3-4")).isEmpty();
        assertThat(FhirDate.firstDay("2024-13")).isEmpty();
        assertThat(FhirDate.firstDay("04/03/2024")).isEmpty();
        assertThat(FhirDate.firstDay("2024-03-04 09:00")).isEmpty();
        assertThat(FhirDate.firstDay("")).isEmpty();
    }
}
