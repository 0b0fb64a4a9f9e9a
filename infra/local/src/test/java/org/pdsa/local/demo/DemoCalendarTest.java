package org.pdsa.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoCalendarTest {

    private final DemoCalendar calendar = DemoCalendar.STANDARD;

    @Test
    void shouldPutTheBaselineJustBeforeTheFirstWindowAndTheWindowsBackToBack() {
        assertThat(calendar.firstPeriod()).isEqualTo(LocalDate.parse("2023-12-11"));
        assertThat(calendar.period(11)).isEqualTo(LocalDate.parse("2024-02-26"));
        assertThat(calendar.windowEnd(1)).isEqualTo(LocalDate.parse("2024-04-28"));
        assertThat(calendar.windowStart(2)).isEqualTo(LocalDate.parse("2024-04-29"));
        assertThat(calendar.indexOf(calendar.windowStart(2))).isEqualTo(20);
        assertThat(calendar.periods()).isEqualTo(28);
    }

    @Test
    void shouldSendAWeeksValuesOnItsSundayAndStudyTheMondayAfterTheWindow() {
        assertThat(calendar.dataDue(1)).isEqualTo(Instant.parse("2024-03-10T18:00:00Z"));
        assertThat(calendar.dataDue(8)).isEqualTo(Instant.parse("2024-04-28T18:00:00Z"));
        assertThat(calendar.studyDue(1)).isEqualTo(Instant.parse("2024-04-29T09:00:00Z"));
        assertThat(calendar.cycleOfWeek(8)).isEqualTo(1);
        assertThat(calendar.cycleOfWeek(9)).isEqualTo(2);
    }

    @Test
    void shouldRefuseAWindowThatDoesNotStartOnAMonday() {
        assertThatThrownBy(() -> new DemoCalendar(LocalDate.parse("2024-03-05"), 12, 8, 2))
                .hasMessageContaining("Monday");
    }
}
