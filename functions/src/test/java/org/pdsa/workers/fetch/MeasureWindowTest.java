package org.pdsa.workers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.MeasureType;
import org.pdsa.spc.Direction;

class MeasureWindowTest {

    private static Measure measure(MeasurePeriod period) {
        return new Measure("m", "M", "n", MeasureType.OUTCOME, Direction.INCREASE, null, period);
    }

    @Test
    void shouldTakeTheWeeksStartingInTheWindowAndTheTwelveBefore() {
        // when
        MeasureWindow w = MeasureWindow.of(measure(MeasurePeriod.WEEK), LocalDate.parse("2024-03-11"),
                LocalDate.parse("2024-05-05"), 12);
        // then
        assertThat(w.testPeriods()).hasSize(8).startsWith(LocalDate.parse("2024-03-11")).endsWith(LocalDate.parse("2024-04-29"));
        assertThat(w.baselinePeriods()).hasSize(12).startsWith(LocalDate.parse("2023-12-18")).endsWith(LocalDate.parse("2024-03-04"));
        assertThat(w.baseline()).isEqualTo(new DateRange(LocalDate.parse("2023-12-18"), LocalDate.parse("2024-03-10")));
    }

    @Test
    void shouldLeaveAWeekThatStraddlesTheWindowStartOutOfBoth() {
        // given a window starting on a Wednesday
        MeasureWindow w = MeasureWindow.of(measure(MeasurePeriod.WEEK), LocalDate.parse("2024-03-13"),
                LocalDate.parse("2024-05-05"), 3);
        // then the week of Monday 11 March is neither baseline nor test
        assertThat(w.testPeriods()).first().isEqualTo(LocalDate.parse("2024-03-18"));
        assertThat(w.baselinePeriods()).containsExactly(LocalDate.parse("2024-02-19"), LocalDate.parse("2024-02-26"),
                LocalDate.parse("2024-03-04"));
        assertThat(w.baseline().end()).isEqualTo(LocalDate.parse("2024-03-10"));
    }

    @Test
    void shouldCountMonthsForAMonthlyMeasure() {
        // when
        MeasureWindow w = MeasureWindow.of(measure(MeasurePeriod.MONTH), LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-06-30"), 12);
        // then
        assertThat(w.testPeriods()).hasSize(6).endsWith(LocalDate.parse("2024-06-01"));
        assertThat(w.baselinePeriods()).hasSize(12).startsWith(LocalDate.parse("2023-01-01"));
        assertThat(w.span()).isEqualTo(new DateRange(LocalDate.parse("2023-01-01"), LocalDate.parse("2024-06-30")));
    }
}
