package org.pdsa.store;

import java.util.List;
import java.util.Optional;
import org.pdsa.domain.Learning;

/**
 * The learning compiled at the end of each programme run, in the programme's partition, written once per
 * run: a redelivered compile-learning job finds the record and keeps it.
 */
public final class LearningRepository {

    static final String KIND = "learning";

    private final Table table;

    LearningRepository(Table table) {
        this.table = table;
    }

    /** Records the run's learning unless one is recorded; the stored one is returned either way. */
    public Written<Learning> record(Learning learning) {
        DocumentItem item = DocumentItem.of(KIND, Keys.programme(learning.programmeId()), Keys.learning(learning.runId()),
                learning);
        return table.putIfAbsent(table.documents, item)
                .map(found -> Written.compare(found.value(Learning.class), learning))
                .orElseGet(() -> new Written<>(Written.Outcome.CREATED, learning));
    }

    public Optional<Learning> find(String programmeId, String runId) {
        return table.get(table.documents, Table.key(Keys.programme(programmeId), Keys.learning(runId)))
                .map(item -> item.value(Learning.class));
    }

    /** The learning of every run of a programme, by run id (one query). */
    public List<Learning> findByProgramme(String programmeId) {
        return table.query(table.documents, Keys.programme(programmeId), "LEARNING#").stream()
                .map(item -> item.value(Learning.class))
                .toList();
    }
}
