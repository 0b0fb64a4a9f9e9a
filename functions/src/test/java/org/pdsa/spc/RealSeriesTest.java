package org.pdsa.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Real monthly A&E four-hour breaches (NHS England, OGL; see src/test/resources/spc/README.md). Expected
 * figures were worked out independently of this code: sums and moving ranges added up by hand-style
 * calculation, signals read off the values against those limits.
 */
class RealSeriesTest {

    @Test
    void shouldMatchIndependentlyComputedLimitsForRf4() {
        // given: 36 months summing to 150318; the 35 moving ranges sum to 28288
        List<SpcPoint> points = Fixtures.csv("rf4-type1-breaches.csv");
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.DECREASE));
        // then: mean 4175.5, mR̄ 808.2285714, limits 4175.5 ± 2149.888
        Limits l = analysis.segments().get(0).limits();
        assertThat(points).hasSize(36);
        assertThat(l.mean()).isEqualByComparingTo("4175.5");
        assertThat(l.movingRangeMean().doubleValue()).isCloseTo(808.2285714, within(1e-6));
        assertThat(l.upper().doubleValue()).isCloseTo(6325.388, within(1e-9));
        assertThat(l.lower().doubleValue()).isCloseTo(2025.612, within(1e-9));
        assertThat(l.nearUpper().doubleValue()).isCloseTo(5608.758667, within(1e-6));
        assertThat(l.nearLower().doubleValue()).isCloseTo(2742.241333, within(1e-6));
        assertThat(analysis.warnings()).isEmpty();
    }

    @Test
    void shouldFindTheSignalsReadOffByHandForRf4() {
        // given: fewer breaches are better
        List<SpcPoint> points = Fixtures.csv("rf4-type1-breaches.csv");
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.DECREASE).withTarget(2000));
        // then:
        // 2016-08 (1724) is below 2025.6; 2018-03 (6495) and 2019-01 (7363) are above 6325.4;
        // 2016-06..2016-12 are 7 months below the mean 4175.5 (a shift), of which 2016-09 (2141) and
        // 2016-11 (2612) lie beyond the lower near line 2742.2 with 2016-10 between them below the mean;
        // 2017-12..2018-02 (5818, 6104, 5628) are three near-limit highs above the mean;
        // the longest rise is 6 months (2018-07..2019-01), so no trend.
        Map<Integer, String> expected = new TreeMap<>(Map.of(
                2, "shift/improvement", 3, "shift/improvement", 4, "outside-limits/improvement",
                5, "two-of-three/improvement", 6, "shift/improvement", 7, "two-of-three/improvement",
                8, "shift/improvement", 20, "two-of-three/concern", 21, "two-of-three/concern",
                22, "two-of-three/concern"));
        expected.put(23, "outside-limits/concern");
        expected.put(33, "outside-limits/concern");
        assertThat(signals(analysis)).isEqualTo(expected);
        assertThat(analysis.points().get(20).date()).hasToString("2017-12-01");
        assertThat(analysis.variationIcon()).isEqualTo(Variation.COMMON_CAUSE);
        // target 2000 is below the lower limit and lower is better: the process will not meet it
        assertThat(analysis.assuranceIcon()).isEqualTo(Assurance.FAIL);
    }

    @Test
    void shouldWarnAboutTheMonthMissingFromRfrAndStillFindItsShifts() {
        // given: 35 months (2016-11 absent in the source) summing to 39079; moving ranges sum to 10508
        List<SpcPoint> points = Fixtures.csv("rfr-type1-breaches.csv");
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.DECREASE));
        // then: mean 1116.542857, mR̄ 309.0588235, limits 294.446 to 1938.639
        Limits l = analysis.segments().get(0).limits();
        assertThat(l.mean().doubleValue()).isCloseTo(1116.542857, within(1e-6));
        assertThat(l.upper().doubleValue()).isCloseTo(1938.639328, within(1e-6));
        assertThat(l.lower().doubleValue()).isCloseTo(294.446387, within(1e-6));
        assertThat(analysis.warnings()).containsExactly(
                "1 missing period(s) in a monthly series: 2016-11-01; they are left out and the moving range"
                        + " spans each gap");
        // the first 8 points are below the mean: near-limit lows (442, 530, 313, 466, 535) are two-of-three,
        // the others shift; 2017-04..2017-12 (indices 11..19) are 9 points above the mean; 1773 and 1838
        // (indices 32, 33) are near-limit highs side by side
        Map<Integer, String> signals = signals(analysis);
        assertThat(signals).containsEntry(0, "two-of-three/improvement").containsEntry(1, "shift/improvement")
                .containsEntry(4, "two-of-three/improvement").containsEntry(6, "shift/improvement")
                .containsEntry(32, "two-of-three/concern").containsEntry(33, "two-of-three/concern");
        assertThat(IntStream.rangeClosed(11, 19).mapToObj(signals::get)).allMatch("shift/concern"::equals);
        assertThat(signals.keySet()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19,
                32, 33);
    }

    @Test
    void shouldFixRf4LimitsOnItsFirstYear() {
        // given: 2016-04..2017-03 sum to 40107 (mean 3342.25); their 11 moving ranges sum to 9809
        List<SpcPoint> points = Fixtures.csv("rf4-type1-breaches.csv");
        // when
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.DECREASE).withBaseline(12));
        // then: upper limit 3342.25 + 2.66 × 9809 / 11 = 5714.244545...
        Limits l = analysis.segments().get(0).limits();
        assertThat(l.mean()).isEqualByComparingTo(new BigDecimal("3342.25"));
        assertThat(l.upper().doubleValue()).isCloseTo(5714.244545, within(1e-6));
        assertThat(analysis.points().stream().filter(p -> p.rule() == Rule.OUTSIDE_LIMITS)
                .map(p -> p.date().toString()))
                .containsExactly("2017-12-01", "2018-01-01", "2018-03-01", "2019-01-01", "2019-02-01");
    }

    private static Map<Integer, String> signals(SpcAnalysis analysis) {
        Map<Integer, String> map = new TreeMap<>();
        for (int i = 0; i < analysis.points().size(); i++) {
            AnalysedPoint p = analysis.points().get(i);
            if (p.rule() != null) {
                map.put(i, p.rule().code() + "/" + p.variation().code());
            }
        }
        return map;
    }
}
