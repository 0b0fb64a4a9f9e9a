package org.pdsa.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyTest {

    // Weekly: 12 baseline weeks from 2024-01-01 alternating 9 and 11 (mean 10, mR̄ 2, limits 4.68..15.32),
    // then the 8-week test window from 2024-03-25.
    private static final StudyWindow WINDOW = StudyWindow.defaultFor(LocalDate.parse("2024-03-25"), ChronoUnit.WEEKS);

    @Test
    void shouldReportImprovementAndAMetPrediction() {
        // given: every test week at 17, above the upper limit
        MeasureSeries m = measure(Direction.INCREASE, false, 17, 17, 17, 17, 17, 17, 17, 17);
        // when
        StudyResult result = Study.of(m, WINDOW, Prediction.of(ExpectedChange.INCREASE, 16));
        // then
        assertThat(result.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(result.observedChange()).isEqualTo(ObservedChange.INCREASE);
        assertThat(result.predictionMet()).isTrue();
        assertThat(result.predictionSummary()).isEqualTo("predicted an increase to at least 16; observed a special"
                + " cause increase, test-window mean 17: met");
        assertThat(result.baselineMean()).isEqualByComparingTo("10");
        assertThat(result.testMean()).isEqualByComparingTo("17");
        assertThat(result.baselinePoints()).isEqualTo(12);
        assertThat(result.testPoints()).isEqualTo(8);
        assertThat(result.variationIcon()).isEqualTo(Variation.IMPROVEMENT);
        assertThat(result.analysis().segments().get(0).limits().upper().doubleValue()).isEqualTo(15.32);
        assertThat(result.humanReviewNeeded()).isFalse();
        assertThat(result.trialLimits()).isFalse();
    }

    @Test
    void shouldNotMeetAPredictionWhoseExpectedValueWasNotReached() {
        // given
        MeasureSeries m = measure(Direction.INCREASE, false, 17, 17, 17, 17, 17, 17, 17, 17);
        // when
        StudyResult result = Study.of(m, WINDOW, Prediction.of(ExpectedChange.INCREASE, 20));
        // then
        assertThat(result.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(result.predictionMet()).isFalse();
    }

    @Test
    void shouldReportNoSignalWhenTheTestWindowStaysWithinTheBaselineLimits() {
        // given
        MeasureSeries m = measure(Direction.INCREASE, false, 11, 9, 11, 9, 10, 11, 9, 12);
        // when
        StudyResult up = Study.of(m, WINDOW, Prediction.of(ExpectedChange.INCREASE));
        StudyResult same = Study.of(m, WINDOW, Prediction.of(ExpectedChange.NO_CHANGE));
        StudyResult none = Study.of(m, WINDOW, null);
        // then
        assertThat(up.verdict()).isEqualTo(Verdict.NO_SIGNAL);
        assertThat(up.predictionMet()).isFalse();
        assertThat(same.predictionMet()).isTrue();
        assertThat(none.predictionMet()).isNull();
        assertThat(none.predictionSummary()).isEqualTo("no prediction recorded");
    }

    @Test
    void shouldCallAFallConcernWhenHigherIsBetterAndImprovementWhenLowerIsBetter() {
        // given: 8 weeks at 8, below the mean: a shift
        double[] test = {8, 8, 8, 8, 8, 8, 8, 8};
        // when
        StudyResult increase = Study.of(measure(Direction.INCREASE, false, test), WINDOW, null);
        StudyResult decrease = Study.of(measure(Direction.DECREASE, false, test), WINDOW, null);
        StudyResult neutral = Study.of(measure(Direction.NEUTRAL, false, test), WINDOW, null);
        // then
        assertThat(increase.verdict()).isEqualTo(Verdict.CONCERN);
        assertThat(decrease.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(neutral.verdict()).isEqualTo(Verdict.NEUTRAL_CHANGE);
        assertThat(increase.observedChange()).isEqualTo(ObservedChange.DECREASE);
    }

    @Test
    void shouldFlagABalancingMeasureShowingConcernForAHumanLook() {
        // given: a balancing measure where lower is better rises above its upper limit
        MeasureSeries m = measure(Direction.DECREASE, true, 10, 11, 18, 10, 9, 11, 10, 9);
        // when
        StudyResult result = Study.of(m, WINDOW, Prediction.of(ExpectedChange.NO_CHANGE));
        // then
        assertThat(result.verdict()).isEqualTo(Verdict.CONCERN);
        assertThat(result.humanReviewNeeded()).isTrue();
        assertThat(result.reviewReason()).isEqualTo("balancing measure Falls (balancing) shows special cause"
                + " concern: do not adopt without a human look");
        assertThat(result.predictionMet()).isFalse();
    }

    @Test
    void shouldTreatMixedSignalsAsConcern() {
        // given: one week far above and one far below the limits
        MeasureSeries m = measure(Direction.INCREASE, false, 18, 10, 11, 2, 10, 9, 11, 10);
        // when
        StudyResult result = Study.of(m, WINDOW, null);
        // then
        assertThat(result.observedChange()).isEqualTo(ObservedChange.MIXED);
        assertThat(result.verdict()).isEqualTo(Verdict.CONCERN);
        assertThat(result.warnings()).contains("the test window shows both high and low special cause signals");
    }

    @Test
    void shouldUseTrialLimitsAndWarnWhenTheBaselineIsShort() {
        // given: only the last 5 baseline weeks have data
        List<SpcPoint> points = new ArrayList<>(Series.weekly("2024-02-19", 9, 11, 9, 11, 9));
        points.addAll(Series.weekly("2024-03-25", 17, 17));
        MeasureSeries m = new MeasureSeries("m", "M", false, Direction.INCREASE, null, points);
        // when
        StudyResult result = Study.of(m, WINDOW, null);
        // then
        assertThat(result.trialLimits()).isTrue();
        assertThat(result.baselinePoints()).isEqualTo(5);
        assertThat(result.warnings()).contains("the series: limits come from 5 points (fewer than 12): trial limits");
        assertThat(result.verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void shouldReportInsufficientDataWhenTheBaselineHasFewerThanTwoPoints() {
        // given
        List<SpcPoint> points = new ArrayList<>(Series.weekly("2024-03-18", 9));
        points.addAll(Series.weekly("2024-03-25", 17, 17));
        MeasureSeries m = new MeasureSeries("m", "M", true, Direction.INCREASE, null, points);
        // when
        StudyResult result = Study.of(m, WINDOW, Prediction.of(ExpectedChange.INCREASE));
        // then
        assertThat(result.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(result.analysis()).isNull();
        assertThat(result.predictionMet()).isNull();
        assertThat(result.humanReviewNeeded()).isTrue();
        assertThat(result.warnings()).containsExactly(
                "the baseline period 2024-01-01 to 2024-03-24 has 1 point(s): at least 2 are needed to compute limits");
    }

    @Test
    void shouldReportInsufficientDataWhenTheTestWindowHasNoPoints() {
        // given
        MeasureSeries m = measure(Direction.INCREASE, false);
        // when
        StudyResult result = Study.of(m, WINDOW, Prediction.of(ExpectedChange.INCREASE));
        // then
        assertThat(result.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(result.testPoints()).isZero();
        assertThat(result.predictionMet()).isNull();
        assertThat(result.predictionSummary()).isEqualTo("cannot tell: not enough data");
        assertThat(result.analysis()).isNotNull();
        assertThat(result.warnings()).contains("no points in the test window 2024-03-25 to 2024-05-19");
    }

    @Test
    void shouldIgnorePointsOutsideTheBaselineAndTestWindow() {
        // given: a wild value before the baseline and after the test window
        List<SpcPoint> points = new ArrayList<>(measure(Direction.INCREASE, false, 10, 11).points());
        points.add(SpcPoint.of("2023-12-25", 1000));
        points.add(SpcPoint.of("2024-05-20", -1000));
        MeasureSeries m = new MeasureSeries("m", "M", false, Direction.INCREASE, null, points);
        // when
        StudyResult result = Study.of(m, WINDOW, null);
        // then
        assertThat(result.analysis().points()).hasSize(14);
        assertThat(result.verdict()).isEqualTo(Verdict.NO_SIGNAL);
    }

    @Test
    void shouldJudgeRealWinterBreachesAgainstTheFirstYear() {
        // given: RF4 breaches, baseline 2016-04..2017-03 (mean 3342.25, upper limit 5714.24), test 2017-10..2018-03
        List<SpcPoint> points = Fixtures.csv("rf4-type1-breaches.csv");
        MeasureSeries m = new MeasureSeries("breaches", "Four-hour breaches", false, Direction.DECREASE, null,
                points);
        StudyWindow window = new StudyWindow(LocalDate.parse("2016-04-01"), LocalDate.parse("2017-03-31"),
                LocalDate.parse("2017-10-01"), LocalDate.parse("2018-03-31"));
        // when
        StudyResult result = Study.of(m, window, Prediction.of(ExpectedChange.DECREASE));
        // then: 5818, 6104 and 6495 are above 5714.24; test mean 32742 / 6 = 5457
        assertThat(result.verdict()).isEqualTo(Verdict.CONCERN);
        assertThat(result.testMean()).isEqualByComparingTo("5457");
        assertThat(result.predictionMet()).isFalse();
        assertThat(result.analysis().points()).hasSize(24);
    }

    @Test
    void shouldDeriveDefaultWindowsFromThePeriod() {
        // when
        StudyWindow weekly = StudyWindow.defaultFor(LocalDate.parse("2024-03-25"), ChronoUnit.WEEKS);
        StudyWindow monthly = StudyWindow.defaultFor(LocalDate.parse("2024-07-01"), ChronoUnit.MONTHS);
        // then
        assertThat(weekly).isEqualTo(new StudyWindow(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-24"),
                LocalDate.parse("2024-03-25"), LocalDate.parse("2024-05-19")));
        assertThat(monthly).isEqualTo(new StudyWindow(LocalDate.parse("2023-07-01"), LocalDate.parse("2024-06-30"),
                LocalDate.parse("2024-07-01"), LocalDate.parse("2024-12-31")));
    }

    @Test
    void shouldRefuseAWindowWhoseBaselineOverlapsTheTest() {
        // when / then
        assertThatThrownBy(() -> new StudyWindow(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-25"),
                LocalDate.parse("2024-03-25"), LocalDate.parse("2024-05-19")))
                .isInstanceOf(SpcInputException.class)
                .hasMessage("window.baselineEnd: must be before the test window starts (2024-03-25)");
    }

    @Test
    void shouldRefuseAnExpectedValueWithoutAnExpectedChange() {
        // when / then
        assertThatThrownBy(() -> new Prediction(ExpectedChange.NO_CHANGE, BigDecimal.TEN))
                .isInstanceOf(SpcInputException.class)
                .hasMessageStartingWith("prediction.expectedValue: an expected value needs");
    }

    /** 12 baseline weeks alternating 9 and 11, then the given test-window weeks. */
    private static MeasureSeries measure(Direction direction, boolean balancing, double... test) {
        List<SpcPoint> points = new ArrayList<>(Series.weekly("2024-01-01", 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11));
        points.addAll(Series.weekly("2024-03-25", test));
        String name = balancing ? "Falls (balancing)" : "Measure";
        return new MeasureSeries("m", name, balancing, direction, null, points);
    }
}
