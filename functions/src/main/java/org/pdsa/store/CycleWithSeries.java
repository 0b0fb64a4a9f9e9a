package org.pdsa.store;

import java.util.List;
import java.util.Optional;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.SeriesSnapshot;

/**
 * A cycle's record (empty until someone wrote it) and the series snapshots of its fetch, read together in one
 * query of the cycle's partition: what a worker that studies or decides needs.
 */
public record CycleWithSeries(Optional<Versioned<Cycle>> cycle, List<SeriesSnapshot> series) {

    public CycleWithSeries {
        series = List.copyOf(series);
    }
}
