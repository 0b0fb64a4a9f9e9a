package org.pdsa.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.spc.Series.bd;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IconsTest {

    // Limits: 20..80 around a mean of 50.
    private static final Limits LIMITS = Series.fixedLimits();

    @ParameterizedTest(name = "target {0}, direction {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
        "90, increase, fail",
        "90, decrease, pass",
        "10, increase, pass",
        "10, decrease, fail",
        "50, increase, hit-and-miss",
        "50, decrease, hit-and-miss",
        "80, increase, hit-and-miss",
        "20, decrease, hit-and-miss",
        "90, neutral, none",
        "10, neutral, none",
        "none, increase, none",
        "none, decrease, none",
        "none, neutral, none",
    })
    void shouldChooseTheAssuranceIconFromTargetLimitsAndDirection(String target, String direction, String icon) {
        // given
        BigDecimal t = target == null ? null : new BigDecimal(target);
        // when
        Assurance assurance = Assurance.of(t, Direction.parse(direction), LIMITS);
        // then
        assertThat(assurance == null ? null : assurance.code()).isEqualTo(icon);
    }

    @ParameterizedTest(name = "{0} signal, direction {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
        "HIGH, increase, improvement",
        "LOW, increase, concern",
        "HIGH, decrease, concern",
        "LOW, decrease, improvement",
        "HIGH, neutral, neutral-high",
        "LOW, neutral, neutral-low",
        "none, increase, common-cause",
        "none, neutral, common-cause",
    })
    void shouldChooseTheVariationFromSignalSideAndDirection(Side side, String direction, String variation) {
        // given
        Signal signal = side == null ? null : new Signal(Rule.SHIFT, side);
        // when
        Variation v = Variation.of(signal, Direction.parse(direction));
        // then
        assertThat(v.code()).isEqualTo(variation);
    }

    @ParameterizedTest(name = "last point {0}")
    @CsvSource({"30, improvement", "10.5, common-cause", "-10, concern"})
    void shouldTakeTheVariationIconFromTheLastPoint(double last, String icon) {
        // given
        var points = Series.monthly("2020-01-01", 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, last);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.INCREASE));
        // then
        assertThat(analysis.variationIcon().code()).isEqualTo(icon);
        assertThat(bd(last)).isEqualByComparingTo(analysis.points().get(12).value());
    }
}
