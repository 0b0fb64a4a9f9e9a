package org.pdsa.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdsa.spc.Series.fixedLimits;
import static org.pdsa.spc.Series.values;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpecialCausesTest {

    // Limits for every test here: mean 50, process limits 20..80, near-limit lines 30 and 70.

    @Test
    void shouldFlagPointsOutsideTheLimitsOnly() {
        // given
        var values = values(50, 81, 80, 20, 19, 50);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then: a point exactly on a limit is inside
        assertThat(signals).containsExactly(null, new Signal(Rule.OUTSIDE_LIMITS, Side.HIGH), null, null,
                new Signal(Rule.OUTSIDE_LIMITS, Side.LOW), null);
    }

    @Test
    void shouldFlagEveryPointOfATrendOfSevenThatCrossesTheMean() {
        // given: 7 points each higher than the one before, from below the mean to above it
        var values = values(50, 45, 46, 47, 48, 52, 53, 54, 50);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(flagged(signals, Rule.TREND)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(signals.subList(1, 8)).allMatch(s -> s.side() == Side.HIGH);
    }

    @Test
    void shouldNotFlagATrendOfSixPoints() {
        // given: 6 increasing points
        var values = values(50, 45, 46, 47, 52, 53, 54, 50);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(signals).allMatch(Objects::isNull);
    }

    @Test
    void shouldBreakATrendOnAnEqualValue() {
        // given: 8 points rising except one repeated value in the middle
        var values = values(45, 46, 47, 47, 48, 52, 53, 54);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(signals).allMatch(Objects::isNull);
    }

    @Test
    void shouldGiveATurningPointTheSideOfTheTrendThatReachedIt() {
        // given: up for 7 points, then down for 7 points from the peak (the mean breaks any shift)
        var values = values(44, 46, 48, 50, 52, 54, 56, 54, 52, 50, 48, 46, 44);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(flagged(signals, Rule.TREND)).hasSize(13);
        assertThat(signals.subList(0, 7)).allMatch(s -> s.side() == Side.HIGH);
        assertThat(signals.subList(7, 13)).allMatch(s -> s.side() == Side.LOW);
    }

    @Test
    void shouldFlagADecreasingTrendAsLow() {
        // given
        var values = values(60, 58, 55, 51, 49, 45, 41);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(signals).allMatch(s -> s.equals(new Signal(Rule.TREND, Side.LOW)));
    }

    @Test
    void shouldFlagOnlyTheNearLimitPointsOfTwoOutOfThree() {
        // given: 72 and 75 beyond the near-limit line, 60 between them, all three above the mean
        var values = values(50, 72, 60, 75, 50);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(signals).containsExactly(null, new Signal(Rule.TWO_OF_THREE, Side.HIGH), null,
                new Signal(Rule.TWO_OF_THREE, Side.HIGH), null);
    }

    @Test
    void shouldFlagTwoOutOfThreeBelowTheMeanAsLow() {
        // given
        var values = values(50, 28, 40, 25, 50);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(flagged(signals, Rule.TWO_OF_THREE)).containsExactly(1, 3);
        assertThat(signals.get(1).side()).isEqualTo(Side.LOW);
    }

    @Test
    void shouldNotFlagTwoOutOfThreeOnDifferentSidesOfTheMean() {
        // given: two near-limit points, one high and one low, and one point below the mean between two highs
        var values = values(50, 72, 28, 50, 72, 45, 75, 50);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(signals).allMatch(Objects::isNull);
    }

    @Test
    void shouldNotCountAPointOnTheNearLineOrOutsideTheLimitsAsNearLimit() {
        // given: 70 is on the near line; 85 is outside the limits (rule 1), not in the near band
        var values = values(50, 70, 60, 75, 50, 72, 85, 60, 50);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(flagged(signals, Rule.TWO_OF_THREE)).isEmpty();
        assertThat(flagged(signals, Rule.OUTSIDE_LIMITS)).containsExactly(6);
    }

    @Test
    void shouldFlagEveryPointOfAShiftOfSeven() {
        // given: 7 points above the mean, not monotonic
        var values = values(40, 55, 56, 54, 57, 55, 56, 58, 40);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(flagged(signals, Rule.SHIFT)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(signals.get(1).side()).isEqualTo(Side.HIGH);
    }

    @Test
    void shouldNotFlagAShiftOfSixPoints() {
        // given
        var values = values(60, 45, 44, 46, 43, 45, 44, 60);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(signals).allMatch(Objects::isNull);
    }

    @Test
    void shouldBreakAShiftOnAPointExactlyOnTheMean() {
        // given: 9 points above the mean but the fourth is on it
        var values = values(55, 56, 54, 50, 57, 55, 56, 58, 51);
        // when
        List<Signal> signals = SpecialCauses.detect(values, fixedLimits());
        // then
        assertThat(signals).allMatch(Objects::isNull);
    }

    @Test
    void shouldLabelAPointByTheFirstRuleInPriorityOrder() {
        // given: a rise from below the lower limit (rule 1 beats trend) ...
        var rise = values(15, 31, 40, 45, 52, 60, 65);
        // ... and a shift above the mean holding one point beyond the limit and two near-limit points
        var shift = values(55, 72, 56, 75, 85, 54, 57, 55);
        // when
        List<Signal> riseSignals = SpecialCauses.detect(rise, fixedLimits());
        List<Signal> shiftSignals = SpecialCauses.detect(shift, fixedLimits());
        // then
        assertThat(riseSignals.get(0)).isEqualTo(new Signal(Rule.OUTSIDE_LIMITS, Side.LOW));
        assertThat(riseSignals.subList(1, 7)).allMatch(s -> s.equals(new Signal(Rule.TREND, Side.HIGH)));
        assertThat(shiftSignals.stream().map(Signal::rule)).containsExactly(Rule.SHIFT, Rule.TWO_OF_THREE,
                Rule.SHIFT, Rule.TWO_OF_THREE, Rule.OUTSIDE_LIMITS, Rule.SHIFT, Rule.SHIFT, Rule.SHIFT);
    }

    private static List<Integer> flagged(List<Signal> signals, Rule rule) {
        return IntStream.range(0, signals.size())
                .filter(i -> signals.get(i) != null && signals.get(i).rule() == rule)
                .boxed()
                .toList();
    }
}
