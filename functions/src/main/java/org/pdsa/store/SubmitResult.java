package org.pdsa.store;

import java.util.List;
import org.pdsa.domain.Measurement;

/** What a submission did to each period: created it, found the same value (nothing written), or replaced it. */
public record SubmitResult(List<Point> points) {

    /** What happened to one period. */
    public enum Change {
        CREATED,
        UNCHANGED,
        REPLACED
    }

    /** One period's outcome and the measurement as now stored. */
    public record Point(Measurement stored, Change change) {
    }

    public SubmitResult {
        points = List.copyOf(points);
    }

    public long count(Change change) {
        return points.stream().filter(p -> p.change() == change).count();
    }
}
