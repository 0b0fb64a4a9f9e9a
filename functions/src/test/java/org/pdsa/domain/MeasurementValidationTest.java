package org.pdsa.domain;

import org.pdsa.spc.Direction;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurementValidationTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-06-05");
    private final Measure weekly = SamplePrograms.weeklyMeasure("four-hour", MeasureType.OUTCOME);
    private final Measure monthly = new Measure("beds", "Beds", "count", MeasureType.PROCESS,
            Direction.NEUTRAL, null, MeasurePeriod.MONTH);

    @Test
    void shouldAcceptAPointOnAPeriodStart() {
        assertThat(MeasurementValidation.validatePoint("points[0]", LocalDate.parse("2024-06-03"), BigDecimal.TEN, weekly, TODAY))
                .isEmpty();
        assertThat(MeasurementValidation.validatePoint("points[0]", LocalDate.parse("2024-05-01"), BigDecimal.ONE, monthly, TODAY))
                .isEmpty();
    }

    @Test
    void shouldRefuseAWeeklyPointThatIsNotAMonday() {
        // when
        var errors = MeasurementValidation.validatePoint("points[2]", LocalDate.parse("2024-06-04"), BigDecimal.TEN, weekly, TODAY);
        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("points[2].period");
            assertThat(e.reason()).contains("Monday").contains("2024-06-03");
        });
    }

    @Test
    void shouldRefuseAMonthlyPointThatIsNotTheFirst() {
        var errors = MeasurementValidation.validatePoint("points[0]", LocalDate.parse("2024-05-06"), BigDecimal.TEN, monthly, TODAY);
        assertThat(errors).extracting(FieldError::field).containsExactly("points[0].period");
    }

    @Test
    void shouldRefuseFuturePeriodsMissingValuesAndAbsurdSizes() {
        assertThat(MeasurementValidation.validatePoint("p", LocalDate.parse("2024-06-10"), BigDecimal.ONE, weekly, TODAY))
                .extracting(FieldError::reason).containsExactly("must not be in the future (today is 2024-06-05)");
        assertThat(MeasurementValidation.validatePoint("p", LocalDate.parse("2024-06-03"), null, weekly, TODAY))
                .extracting(FieldError::field).containsExactly("p.value");
        assertThat(MeasurementValidation.validatePoint("p", null, new BigDecimal("1e16"), weekly, TODAY))
                .extracting(FieldError::field).containsExactly("p.period", "p.value");
    }
}
