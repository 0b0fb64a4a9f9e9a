package org.pdsa.store;

import java.util.List;
import java.util.Optional;
import org.pdsa.domain.Run;

/** Runs of a programme's workflow, kept in the programme's partition. */
public final class RunRepository {

    static final String KIND = "run";

    private final Table table;

    RunRepository(Table table) {
        this.table = table;
    }

    /** Records a run once; a repeat with the same id is reported, not written. */
    public Written<Run> record(Run run) {
        DocumentItem item = DocumentItem.of(KIND, Keys.programme(run.programmeId()), Keys.run(run.id()), run);
        return table.putIfAbsent(table.documents, item)
                .map(found -> Written.compare(found.value(Run.class), run))
                .orElseGet(() -> new Written<>(Written.Outcome.CREATED, run));
    }

    public Optional<Run> find(String programmeId, String runId) {
        return table.get(table.documents, Table.key(Keys.programme(programmeId), Keys.run(runId)))
                .map(item -> item.value(Run.class));
    }

    public List<Run> findByProgramme(String programmeId) {
        return table.query(table.documents, Keys.programme(programmeId), "RUN#").stream()
                .map(item -> item.value(Run.class))
                .toList();
    }
}
