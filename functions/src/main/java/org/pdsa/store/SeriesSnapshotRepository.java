package org.pdsa.store;

import java.util.Comparator;
import java.util.List;
import org.pdsa.domain.SeriesSnapshot;

/**
 * The series a cycle's study is based on, one item per measure beside the cycle. Saving overwrites: a
 * redelivered fetch job writes the same values again, and a fetch repeated after missing data was
 * submitted replaces the earlier snapshot with the fuller one.
 */
public final class SeriesSnapshotRepository {

    static final String KIND = "series-snapshot";

    private final Table table;

    SeriesSnapshotRepository(Table table) {
        this.table = table;
    }

    /** Stores the snapshots (any cycles): one batch write per 25. */
    public void saveAll(List<SeriesSnapshot> snapshots) {
        table.batchPut(table.documents, snapshots.stream()
                .map(s -> DocumentItem.of(KIND, Keys.cycle(s.cycleId()), Keys.snapshot(s.measureId()), s))
                .toList());
    }

    /** The snapshots of one cycle, by measure id (one query). */
    public List<SeriesSnapshot> findByCycle(String cycleId) {
        return table.query(table.documents, Keys.cycle(cycleId), "SNAPSHOT#").stream()
                .map(item -> item.value(SeriesSnapshot.class))
                .sorted(Comparator.comparing(SeriesSnapshot::measureId))
                .toList();
    }
}
