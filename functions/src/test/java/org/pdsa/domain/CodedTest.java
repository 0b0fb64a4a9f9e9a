package org.pdsa.domain;

import org.pdsa.spc.ExpectedChange;
import org.pdsa.spc.Verdict;
import org.pdsa.codes.Coded;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void shouldWriteCodesInLowerCaseWithHyphens() {
        assertThat(Verdict.NO_SIGNAL.code()).isEqualTo("no-signal");
        assertThat(Act.ADAPT.code()).isEqualTo("adapt");
    }

    @Test
    void shouldParseCodesIgnoringCaseAndRefuseOthers() {
        assertThat(Coded.parse(MeasureType.class, "Balancing")).hasValue(MeasureType.BALANCING);
        assertThat(Coded.parse(ExpectedChange.class, "no-change")).hasValue(ExpectedChange.NO_CHANGE);
        assertThat(Coded.parse(MeasurePeriod.class, "fortnight")).isEmpty();
    }

    @Test
    void shouldReportTheChoicesWhenACodeIsUnknown() {
        // given
        FieldErrors errors = new FieldErrors();
        // when
        Act act = errors.code("act", "adopted", Act.class);
        LocalDate date = errors.date("period", "2024-13-01");
        // then
        assertThat(act).isNull();
        assertThat(date).isNull();
        assertThat(errors.list()).containsExactly(
                new FieldError("act", "must be one of adopt|adapt|abandon"),
                new FieldError("period", "must be an ISO date (YYYY-MM-DD)"));
    }

}
