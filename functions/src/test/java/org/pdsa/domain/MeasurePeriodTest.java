package org.pdsa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurePeriodTest {

    @Test
    void shouldTreatOnlyMondaysAsWeekStarts() {
        assertThat(MeasurePeriod.WEEK.isPeriodStart(LocalDate.parse("2024-03-04"))).isTrue();
        assertThat(MeasurePeriod.WEEK.isPeriodStart(LocalDate.parse("2024-03-03"))).isFalse();
        assertThat(MeasurePeriod.WEEK.startOf(LocalDate.parse("2024-03-10"))).isEqualTo("2024-03-04");
    }

    @Test
    void shouldTreatOnlyFirstDaysAsMonthStarts() {
        assertThat(MeasurePeriod.MONTH.isPeriodStart(LocalDate.parse("2024-02-01"))).isTrue();
        assertThat(MeasurePeriod.MONTH.isPeriodStart(LocalDate.parse("2024-02-29"))).isFalse();
        assertThat(MeasurePeriod.MONTH.startOf(LocalDate.parse("2024-02-29"))).isEqualTo("2024-02-01");
    }

    @Test
    void shouldFindTheNextPeriodStartOnOrAfterADate() {
        assertThat(MeasurePeriod.WEEK.nextStartFrom(LocalDate.parse("2024-03-04"))).isEqualTo("2024-03-04");
        assertThat(MeasurePeriod.WEEK.nextStartFrom(LocalDate.parse("2024-03-05"))).isEqualTo("2024-03-11");
        assertThat(MeasurePeriod.MONTH.nextStartFrom(LocalDate.parse("2024-12-15"))).isEqualTo("2025-01-01");
    }
}
