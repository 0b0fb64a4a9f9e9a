package org.pdsa.spc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How to analyse a series: improvement direction, optional target, {@code baseline} (fix the limits of
 * each segment on its first N points), rebase dates (start a new segment) and outlier screening.
 */
public record SpcOptions(
        Direction direction, BigDecimal target, Integer baseline, List<LocalDate> rebase, boolean screenOutliers) {

    public SpcOptions {
        Objects.requireNonNull(direction, "direction");
        rebase = rebase == null ? List.of() : List.copyOf(rebase);
        target = target == null ? null : target.stripTrailingZeros();
    }

    /** Neutral direction, no target, no baseline, no rebasing, no screening. */
    public static SpcOptions defaults() {
        return new SpcOptions(Direction.NEUTRAL, null, null, List.of(), false);
    }

    public static SpcOptions of(Direction direction) {
        return defaults().withDirection(direction);
    }

    public SpcOptions withDirection(Direction value) {
        return new SpcOptions(value, target, baseline, rebase, screenOutliers);
    }

    public SpcOptions withTarget(BigDecimal value) {
        return new SpcOptions(direction, value, baseline, rebase, screenOutliers);
    }

    public SpcOptions withTarget(double value) {
        return withTarget(BigDecimal.valueOf(value));
    }

    public SpcOptions withBaseline(Integer value) {
        return new SpcOptions(direction, target, value, rebase, screenOutliers);
    }

    public SpcOptions withRebase(List<LocalDate> value) {
        return new SpcOptions(direction, target, baseline, value, screenOutliers);
    }

    public SpcOptions withScreenOutliers(boolean value) {
        return new SpcOptions(direction, target, baseline, rebase, value);
    }
}
