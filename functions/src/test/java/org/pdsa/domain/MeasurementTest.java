package org.pdsa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void shouldKeepTheReplacedValueInTheHistory() {
        // given
        Instant first = Instant.parse("2024-03-05T09:00:00Z");
        Instant second = Instant.parse("2024-03-06T09:00:00Z");
        Measurement m = new Measurement("flow", "trust-a", "four-hour", LocalDate.parse("2024-03-04"),
                new BigDecimal("81.5"), first, "system-a", null);
        // when
        Measurement replaced = m.replacedBy(new BigDecimal("83"), second, "system-b");
        // then
        assertThat(replaced.value()).isEqualByComparingTo("83");
        assertThat(replaced.recordedAt()).isEqualTo(second);
        assertThat(replaced.history()).containsExactly(new ReplacedValue(new BigDecimal("81.5"), first, "system-a", second));
    }

    @Test
    void shouldCompareValuesIgnoringScale() {
        Measurement m = new Measurement("flow", "trust-a", "four-hour", LocalDate.parse("2024-03-04"),
                new BigDecimal("5"), Instant.EPOCH, "s", null);
        assertThat(m.sameValueAs(new BigDecimal("5.00"))).isTrue();
        assertThat(m.sameValueAs(new BigDecimal("5.01"))).isFalse();
    }
}
