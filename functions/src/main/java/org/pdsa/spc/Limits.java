package org.pdsa.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Mean and XmR limits computed from some values: process limits at mean ± 2.66 × mR̄ and the near-limit
 * lines at mean ± (2/3 × 2.66) × mR̄. {@code points} is how many values the limits came from and
 * {@code screenedRanges} how many moving ranges outlier screening dropped.
 */
public record Limits(
        BigDecimal mean,
        BigDecimal movingRangeMean,
        BigDecimal lower,
        BigDecimal upper,
        BigDecimal nearLower,
        BigDecimal nearUpper,
        int points,
        int screenedRanges) {

    /** Exact decimal arithmetic so a value equal to the mean is on the mean (0.1 + 0.2 + 0.3 over 3 is 0.2). */
    static final MathContext MATH = MathContext.DECIMAL128;

    static final BigDecimal LIMIT_FACTOR = new BigDecimal("2.66");
    static final BigDecimal SCREEN_FACTOR = new BigDecimal("3.267");
    /** Fewer points than this behind the limits makes them trial limits. */
    public static final int TRIAL_BELOW = 12;

    /** Computes limits from at least two values (in time order). */
    public static Limits of(List<BigDecimal> values, boolean screenOutliers) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("limits need at least 2 values, got " + values.size());
        }
        BigDecimal mean = average(values);
        List<BigDecimal> ranges = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            ranges.add(values.get(i).subtract(values.get(i - 1)).abs());
        }
        BigDecimal mrBar = average(ranges);
        int screened = 0;
        // mR̄ = 0 would screen every range (0 ≥ 0): there is nothing unusual to screen then.
        if (screenOutliers && mrBar.signum() > 0) {
            BigDecimal threshold = SCREEN_FACTOR.multiply(mrBar, MATH);
            List<BigDecimal> kept = ranges.stream().filter(r -> r.compareTo(threshold) < 0).toList();
            screened = ranges.size() - kept.size();
            mrBar = average(kept);
        }
        BigDecimal spread = LIMIT_FACTOR.multiply(mrBar, MATH);
        BigDecimal nearSpread = spread.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), MATH);
        return new Limits(
                mean,
                mrBar,
                mean.subtract(spread, MATH),
                mean.add(spread, MATH),
                mean.subtract(nearSpread, MATH),
                mean.add(nearSpread, MATH),
                values.size(),
                screened);
    }

    public boolean trial() {
        return points < TRIAL_BELOW;
    }

    static BigDecimal average(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v, MATH);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MATH);
    }
}
