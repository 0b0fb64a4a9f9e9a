package org.pdsa.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pdsa.spc.Series.monthly;
import static org.pdsa.spc.Series.weekly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class XmrAnalysisTest {

    private static final Offset<Double> EXACT = within(1e-9);

    @Test
    void shouldComputeMeanMovingRangeAndLimits() {
        // given: sum 66 over 12 points (mean 5.5); moving ranges 2,1,2,2,1,2,1,1,1,2,1 sum to 16 over 11
        var points = monthly("2020-01-01", 4, 6, 5, 7, 5, 6, 4, 5, 6, 5, 7, 6);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults());
        // then
        Limits l = analysis.segments().get(0).limits();
        double mrBar = 16.0 / 11;
        assertThat(l.mean().doubleValue()).isCloseTo(5.5, EXACT);
        assertThat(l.movingRangeMean().doubleValue()).isCloseTo(mrBar, EXACT);
        assertThat(l.upper().doubleValue()).isCloseTo(5.5 + 2.66 * mrBar, EXACT);
        assertThat(l.lower().doubleValue()).isCloseTo(5.5 - 2.66 * mrBar, EXACT);
        assertThat(l.nearUpper().doubleValue()).isCloseTo(5.5 + 2.0 / 3 * 2.66 * mrBar, EXACT);
        assertThat(l.nearLower().doubleValue()).isCloseTo(5.5 - 2.0 / 3 * 2.66 * mrBar, EXACT);
        assertThat(analysis.segments().get(0).trialLimits()).isFalse();
        assertThat(analysis.segments().get(0)).extracting(Segment::start, Segment::end).containsExactly(0, 11);
        assertThat(analysis.points()).allMatch(p -> p.variation() == Variation.COMMON_CAUSE && p.rule() == null);
        assertThat(analysis.variationIcon()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(analysis.warnings()).isEmpty();
    }

    @Test
    void shouldTreatAValueEqualToADecimalMeanAsOnTheMean() {
        // given: mean of 0.1, 0.2, 0.3 is exactly 0.2 in decimal (not in binary floating point)
        var points = monthly("2020-01-01", 0.1, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.1, 0.3);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults());
        // then: the 0.2s sit on the mean, so no shift
        assertThat(analysis.segments().get(0).limits().mean()).isEqualByComparingTo("0.2");
        assertThat(analysis.points()).noneMatch(p -> p.rule() == Rule.SHIFT);
    }

    @Test
    void shouldCallHighSignalsImprovementWhenHigherIsBetter() {
        // given: a stable series, then a jump far above the upper limit
        var points = monthly("2020-01-01", 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 30);
        // when
        var increase = XmrAnalysis.of(points, SpcOptions.of(Direction.INCREASE));
        var decrease = XmrAnalysis.of(points, SpcOptions.of(Direction.DECREASE));
        var neutral = XmrAnalysis.of(points, SpcOptions.of(Direction.NEUTRAL));
        // then
        assertThat(increase.points().get(12).rule()).isEqualTo(Rule.OUTSIDE_LIMITS);
        assertThat(increase.variationIcon()).isEqualTo(Variation.IMPROVEMENT);
        assertThat(decrease.variationIcon()).isEqualTo(Variation.CONCERN);
        assertThat(neutral.variationIcon()).isEqualTo(Variation.NEUTRAL_HIGH);
    }

    @Test
    void shouldCallLowSignalsConcernWhenHigherIsBetter() {
        // given
        var points = monthly("2020-01-01", 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, -10);
        // when
        var increase = XmrAnalysis.of(points, SpcOptions.of(Direction.INCREASE));
        var decrease = XmrAnalysis.of(points, SpcOptions.of(Direction.DECREASE));
        var neutral = XmrAnalysis.of(points, SpcOptions.of(Direction.NEUTRAL));
        // then
        assertThat(increase.variationIcon()).isEqualTo(Variation.CONCERN);
        assertThat(decrease.variationIcon()).isEqualTo(Variation.IMPROVEMENT);
        assertThat(neutral.variationIcon()).isEqualTo(Variation.NEUTRAL_LOW);
    }

    @Test
    void shouldFixTheLimitsOnTheBaselineAndApplyThemToTheRest() {
        // given: 12 baseline points averaging 10.5, then 7 points at 12 (above the mean, inside the limits)
        var points = monthly("2020-01-01", 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 12, 12, 12, 12, 12,
                12, 12);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.INCREASE).withBaseline(12));
        // then: mean and mR̄ (= 1) come from the baseline only
        Limits l = analysis.segments().get(0).limits();
        assertThat(l.mean().doubleValue()).isCloseTo(10.5, EXACT);
        assertThat(l.upper().doubleValue()).isCloseTo(13.16, EXACT);
        assertThat(l.points()).isEqualTo(12);
        assertThat(analysis.points().subList(12, 19)).allMatch(p -> p.rule() == Rule.SHIFT
                && p.variation() == Variation.IMPROVEMENT);
        assertThat(analysis.segments()).hasSize(1);
    }

    @Test
    void shouldScreenOutlierMovingRangesOnceWhenAsked() {
        // given: sum 165 over 12 points (mean 13.75); moving ranges nine 1s and two 40s (mR̄ 89/11)
        var points = monthly("2020-01-01", 10, 11, 10, 11, 10, 50, 10, 11, 10, 11, 10, 11);
        // when
        var plain = XmrAnalysis.of(points, SpcOptions.defaults());
        var screened = XmrAnalysis.of(points, SpcOptions.defaults().withScreenOutliers(true));
        // then: 40 ≥ 3.267 × 89/11 (26.43), so both 40s go and mR̄ becomes 9/9 = 1
        assertThat(plain.segments().get(0).limits().movingRangeMean().doubleValue()).isCloseTo(89.0 / 11, EXACT);
        assertThat(plain.segments().get(0).limits().upper().doubleValue())
                .isCloseTo(13.75 + 2.66 * 89 / 11, EXACT);
        Limits l = screened.segments().get(0).limits();
        assertThat(l.mean().doubleValue()).isCloseTo(13.75, EXACT);
        assertThat(l.movingRangeMean().doubleValue()).isCloseTo(1, EXACT);
        assertThat(l.upper().doubleValue()).isCloseTo(16.41, EXACT);
        assertThat(l.lower().doubleValue()).isCloseTo(11.09, EXACT);
        assertThat(l.screenedRanges()).isEqualTo(2);
        assertThat(screened.warnings()).anyMatch(w -> w.contains("dropped 2 moving range"));
    }

    @Test
    void shouldGiveEachRebasedSegmentItsOwnLimits() {
        // given: 12 months around 10, then from 2021-01 12 months around 20
        var points = new ArrayList<>(monthly("2020-01-01", 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10));
        points.addAll(monthly("2021-01-01", 19, 21, 20, 19, 21, 20, 19, 21, 20));
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points,
                SpcOptions.defaults().withRebase(List.of(LocalDate.parse("2021-01-01"))));
        // then
        assertThat(analysis.segments()).hasSize(2);
        Segment first = analysis.segments().get(0);
        Segment second = analysis.segments().get(1);
        assertThat(first).extracting(Segment::start, Segment::end).containsExactly(0, 11);
        assertThat(second).extracting(Segment::start, Segment::end).containsExactly(12, 20);
        assertThat(first.limits().mean().doubleValue()).isCloseTo(10, EXACT);
        assertThat(second.limits().mean().doubleValue()).isCloseTo(20, EXACT);
        assertThat(first.trialLimits()).isFalse();
        assertThat(second.trialLimits()).isTrue();
        assertThat(analysis.warnings()).anyMatch(w -> w.startsWith("segment 2") && w.contains("trial limits"));
        assertThat(analysis.points()).allMatch(p -> p.variation() == Variation.COMMON_CAUSE);
        assertThat(analysis.segmentOf(15)).isSameAs(second);
    }

    @Test
    void shouldStartASegmentAtTheNextPointWhenARebaseDateFallsBetweenPoints() {
        // given
        var points = monthly("2020-01-01", 1, 2, 3, 4, 5, 6);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points,
                SpcOptions.defaults().withRebase(List.of(LocalDate.parse("2020-03-15"))));
        // then
        assertThat(analysis.segments().get(1).start()).isEqualTo(3);
        assertThat(analysis.warnings()).anyMatch(w -> w.contains("2020-03-15 is not a point's date"));
    }

    @Test
    void shouldIgnoreRebaseDatesOutsideTheSeriesWithAWarning() {
        // given
        var points = monthly("2020-01-01", 1, 2, 3, 4, 5, 6);
        var rebase = List.of(LocalDate.parse("2019-06-01"), LocalDate.parse("2020-01-01"),
                LocalDate.parse("2021-01-01"));
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults().withRebase(rebase));
        // then
        assertThat(analysis.segments()).hasSize(1);
        assertThat(analysis.warnings()).anyMatch(w -> w.contains("2019-06-01 is on or before the first point"))
                .anyMatch(w -> w.contains("2020-01-01 is on or before the first point"))
                .anyMatch(w -> w.contains("2021-01-01 is after the last point"));
    }

    @Test
    void shouldRefuseARebaseThatLeavesASegmentOfOnePoint() {
        // given
        var points = monthly("2020-01-01", 1, 2, 3, 4, 5, 6);
        var options = SpcOptions.defaults().withRebase(List.of(LocalDate.parse("2020-06-01")));
        // when / then
        assertThatThrownBy(() -> XmrAnalysis.of(points, options))
                .isInstanceOfSatisfying(SpcInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new InputProblem("rebase",
                                "the segment starting 2020-06-01 would have 1 point; a segment needs at least 2 points")));
    }

    @Test
    void shouldRefuseFewerThanTwoPoints() {
        // given
        List<SpcPoint> one = monthly("2020-01-01", 5);
        // when / then
        for (List<SpcPoint> points : List.of(List.<SpcPoint>of(), one)) {
            assertThatThrownBy(() -> XmrAnalysis.of(points, SpcOptions.defaults()))
                    .isInstanceOf(SpcInputException.class)
                    .hasMessageStartingWith("points: at least 2 points are needed (got " + points.size() + ")");
        }
    }

    @Test
    void shouldAnalyseTwoPointsAsTrialLimits() {
        // given
        var points = monthly("2020-01-01", 5, 7);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults());
        // then
        assertThat(analysis.segments().get(0).limits().upper().doubleValue()).isCloseTo(6 + 2.66 * 2, EXACT);
        assertThat(analysis.segments().get(0).trialLimits()).isTrue();
    }

    @Test
    void shouldCollapseTheLimitsOntoTheMeanWhenAllValuesAreEqual() {
        // given
        var points = monthly("2020-01-01", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.INCREASE));
        // then: no point is beyond a limit, none is off the mean, no value changes: all common cause
        Limits l = analysis.segments().get(0).limits();
        assertThat(List.of(l.lower(), l.upper(), l.nearLower(), l.nearUpper())).allMatch(v -> v.compareTo(
                BigDecimal.valueOf(5)) == 0);
        assertThat(analysis.points()).allMatch(p -> p.variation() == Variation.COMMON_CAUSE);
        assertThat(analysis.warnings()).anyMatch(w -> w.contains("every moving range is 0"));
    }

    @Test
    void shouldFlagAnyChangeAfterABaselineOfEqualValues() {
        // given
        var points = monthly("2020-01-01", 5, 5, 5, 5, 5, 5);
        points = new ArrayList<>(points);
        points.add(SpcPoint.of(LocalDate.parse("2020-07-01"), 6));
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.INCREASE).withBaseline(6));
        // then
        assertThat(analysis.points().get(6).rule()).isEqualTo(Rule.OUTSIDE_LIMITS);
        assertThat(analysis.variationIcon()).isEqualTo(Variation.IMPROVEMENT);
    }

    @Test
    void shouldUseEveryPointWhenTheBaselineIsLongerThanTheSeries() {
        // given
        var points = monthly("2020-01-01", 4, 6, 5, 7, 5, 6);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults().withBaseline(20));
        // then
        assertThat(analysis.segments().get(0).limits().points()).isEqualTo(6);
        assertThat(analysis.segments().get(0).limits().mean().doubleValue()).isCloseTo(5.5, EXACT);
        assertThat(analysis.warnings()).anyMatch(w -> w.contains("baseline of 20 points is longer than segment 1"));
    }

    @Test
    void shouldRefuseABaselineOfFewerThanTwoPoints() {
        // given
        var points = monthly("2020-01-01", 4, 6, 5);
        // when / then
        assertThatThrownBy(() -> XmrAnalysis.of(points, SpcOptions.defaults().withBaseline(1)))
                .isInstanceOf(SpcInputException.class)
                .hasMessage("baseline: must be at least 2 points, got 1");
    }

    @Test
    void shouldRefuseDuplicateDatesNamingBothPoints() {
        // given
        var points = new ArrayList<>(monthly("2020-01-01", 1, 2, 3));
        points.add(SpcPoint.of("2020-02-01", 9));
        // when / then
        assertThatThrownBy(() -> XmrAnalysis.of(points, SpcOptions.defaults()))
                .isInstanceOfSatisfying(SpcInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InputProblem("points[3].date", "duplicate date 2020-02-01 (also at points[1])")));
    }

    @Test
    void shouldRefuseNonFiniteValues() {
        // when / then
        assertThatThrownBy(() -> SpcPoint.of(LocalDate.parse("2020-01-01"), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value for 2020-01-01 is not a finite number: NaN");
        assertThatThrownBy(() -> SpcPoint.of("2020-01-01", Double.POSITIVE_INFINITY))
                .hasMessageContaining("is not a finite number: Infinity");
    }

    @Test
    void shouldSortUnsortedInputAndSaySo() {
        // given
        var points = List.of(SpcPoint.of("2020-03-01", 3), SpcPoint.of("2020-01-01", 1),
                SpcPoint.of("2020-02-01", 2));
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults());
        // then
        assertThat(analysis.points()).extracting(p -> p.date().toString())
                .containsExactly("2020-01-01", "2020-02-01", "2020-03-01");
        assertThat(analysis.warnings()).contains("points were not in date order: they were sorted by date");
    }

    @Test
    void shouldWarnAboutMissingMonthsAndSpanTheGap() {
        // given: no value for March and April 2020
        var points = new ArrayList<>(monthly("2020-01-01", 10, 12));
        points.addAll(monthly("2020-05-01", 11, 13));
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults());
        // then: moving ranges 2, 1, 2 (February to May counts as one step)
        assertThat(analysis.segments().get(0).limits().movingRangeMean().doubleValue()).isCloseTo(5.0 / 3, EXACT);
        assertThat(analysis.warnings()).anyMatch(w -> w.startsWith(
                "2 missing period(s) in a monthly series: 2020-03-01, 2020-04-01"));
    }

    @Test
    void shouldWarnAboutMissingWeeks() {
        // given: weekly from Monday 2024-01-01, the week of 2024-01-15 missing
        var points = new ArrayList<>(weekly("2024-01-01", 5, 6));
        points.addAll(weekly("2024-01-22", 5, 6, 7));
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults());
        // then
        assertThat(analysis.warnings()).anyMatch(w -> w.startsWith("1 missing period(s) in a weekly series: 2024-01-15"));
    }

    @Test
    void shouldWarnWhenSpacingIsIrregular() {
        // given: steps of 7, 7, 10 and 7 days
        var points = List.of(SpcPoint.of("2024-01-01", 1), SpcPoint.of("2024-01-08", 2),
                SpcPoint.of("2024-01-15", 3), SpcPoint.of("2024-01-25", 4), SpcPoint.of("2024-02-01", 5));
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults());
        // then
        assertThat(analysis.warnings()).anyMatch(w -> w.startsWith("irregular spacing between dates (mostly weekly)"));
    }

    @Test
    void shouldTakeTheAssuranceIconFromTheLastSegmentsLimits() {
        // given: limits 10 ± 2.66·1.x in the first segment, around 20 in the second; target 15
        var points = new ArrayList<>(monthly("2020-01-01", 9, 11, 10, 9, 11, 10));
        points.addAll(monthly("2020-07-01", 19, 21, 20, 19, 21, 20));
        var options = SpcOptions.of(Direction.INCREASE).withTarget(15)
                .withRebase(List.of(LocalDate.parse("2020-07-01")));
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, options);
        // then: 15 is below the second segment's lower limit: consistently passing
        assertThat(analysis.assuranceIcon()).isEqualTo(Assurance.PASS);
    }

    @Test
    void shouldGiveNoAssuranceIconForANeutralMeasureWithATarget() {
        // given
        var points = monthly("2020-01-01", 9, 11, 10, 9, 11, 10);
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.defaults().withTarget(100));
        // then
        assertThat(analysis.assuranceIcon()).isNull();
        assertThat(analysis.warnings()).anyMatch(w -> w.contains("direction is neutral"));
    }
}
