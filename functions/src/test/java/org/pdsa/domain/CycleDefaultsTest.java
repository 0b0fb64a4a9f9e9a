package org.pdsa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CycleDefaultsTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2024-03-06");

    @Test
    void shouldRunAWeeklyTestWindowForEightWeeksFromTheNextMonday() {
        // when
        DateRange window = CycleDefaults.STANDARD.testWindowFrom(WEDNESDAY, MeasurePeriod.WEEK);
        // then
        assertThat(window).isEqualTo(new DateRange(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-05-05")));
    }

    @Test
    void shouldTakeTheTwelveWeeksBeforeTheWindowAsBaseline() {
        // given
        DateRange window = new DateRange(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-05-05"));
        // when
        DateRange baseline = CycleDefaults.STANDARD.baselineBefore(window, MeasurePeriod.WEEK);
        // then
        assertThat(baseline).isEqualTo(new DateRange(LocalDate.parse("2023-12-18"), LocalDate.parse("2024-03-10")));
    }

    @Test
    void shouldRunAMonthlyTestWindowForSixMonthsAfterTwelveMonthsOfBaseline() {
        // when
        DateRange window = CycleDefaults.STANDARD.testWindowFrom(WEDNESDAY, MeasurePeriod.MONTH);
        DateRange baseline = CycleDefaults.STANDARD.baselineBefore(window, MeasurePeriod.MONTH);
        // then
        assertThat(window).isEqualTo(new DateRange(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-09-30")));
        assertThat(baseline).isEqualTo(new DateRange(LocalDate.parse("2023-04-01"), LocalDate.parse("2024-03-31")));
    }

    @Test
    void shouldFillOnlyTheWindowsAPlanLeavesOut() {
        // given a plan with its own test window and no baseline, under a programme's own defaults
        DateRange own = new DateRange(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-28"));
        Plan plan = new Plan("idea", "question", null, null, null, null, null, null, own, null);
        CycleDefaults defaults = new CycleDefaults(4, 8, 6);
        // when
        Plan filled = defaults.applyTo(plan, WEDNESDAY, MeasurePeriod.WEEK);
        // then
        assertThat(filled.testWindow()).isEqualTo(own);
        assertThat(filled.baseline()).isEqualTo(new DateRange(LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-31")));
    }
}
