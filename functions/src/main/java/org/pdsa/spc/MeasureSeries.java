package org.pdsa.spc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A measure's values plus what a study needs to judge them: direction, target, balancing or not. */
public record MeasureSeries(
        String id, String name, boolean balancing, Direction direction, BigDecimal target, List<SpcPoint> points) {

    public MeasureSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        name = name == null ? id : name;
        points = List.copyOf(points);
        target = target == null ? null : target.stripTrailingZeros();
    }
}
