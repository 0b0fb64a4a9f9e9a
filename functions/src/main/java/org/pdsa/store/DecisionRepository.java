package org.pdsa.store;

import java.util.List;
import java.util.Optional;
import org.pdsa.domain.Decision;

/**
 * Decisions with their evidence: one per cycle, beside the cycle, indexed by programme (GSI1, in the order
 * they were made) for the learning across providers. Recording is conditional, so a redelivered
 * store-decision job writes nothing the second time. Record the decision before marking the cycle decided.
 */
public final class DecisionRepository {

    static final String KIND = "decision";

    private final Table table;

    DecisionRepository(Table table) {
        this.table = table;
    }

    public Written<Decision> record(Decision decision) {
        DocumentItem item = DocumentItem.of(KIND, Keys.cycle(decision.cycleId()), Keys.DECISION, decision);
        item.gsi1(Keys.programme(decision.programmeId()),
                Keys.decisionInProgramme(decision.decidedAt().toString(), decision.cycleId()));
        return table.putIfAbsent(table.documents, item)
                .map(found -> Written.compare(found.value(Decision.class), decision))
                .orElseGet(() -> new Written<>(Written.Outcome.CREATED, decision));
    }

    public Optional<Decision> findByCycle(String cycleId) {
        return table.get(table.documents, Table.key(Keys.cycle(cycleId), Keys.DECISION))
                .map(item -> item.value(Decision.class));
    }

    /** Every decision of the programme across its providers, oldest first (one GSI query). */
    public List<Decision> findByProgramme(String programmeId) {
        return table.queryIndex(table.documents, TableDefinition.GSI1, Keys.programme(programmeId), "DECISION#").stream()
                .map(item -> item.value(Decision.class))
                .toList();
    }
}
