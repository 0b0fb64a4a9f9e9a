package org.pdsa.domain;

import org.pdsa.spc.Direction;
import java.math.BigDecimal;

/** A measure of a programme: what is counted, how it should move, an optional target, weekly or monthly. */
public record Measure(
        String id,
        String name,
        String unit,
        MeasureType type,
        Direction direction,
        BigDecimal target,
        MeasurePeriod period) {
}
