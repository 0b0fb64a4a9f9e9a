package org.pdsa.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.SeriesSnapshot;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Cycles: one versioned item each, in its own partition (its decision, notifications and job steps sit
 * beside it), indexed by programme (GSI1) and by provider (GSI2). Every update is conditional on the
 * version read.
 */
public final class CycleRepository {

    static final String KIND = "cycle";
    private static final int MODIFY_ATTEMPTS = 5;
    private static final Comparator<Cycle> ORDER =
            Comparator.comparing(Cycle::programmeId).thenComparing(Cycle::providerId).thenComparing(Cycle::number)
                    .thenComparing(Cycle::id);

    private final Table table;

    CycleRepository(Table table) {
        this.table = table;
    }

    /**
     * Creates the cycle unless its id exists. A repeat for the same programme, provider and number is
     * reported as already present (its stored state returned); another cycle under that id is a conflict.
     */
    public Written<Cycle> create(Cycle cycle) {
        Optional<VersionedItem> existing = table.putIfAbsent(table.versioned, item(cycle, null));
        if (existing.isEmpty()) {
            return new Written<>(Written.Outcome.CREATED, cycle);
        }
        Cycle found = StoreJson.read(existing.get().getData(), Cycle.class);
        boolean same = found.programmeId().equals(cycle.programmeId()) && found.providerId().equals(cycle.providerId())
                && found.number() == cycle.number();
        return new Written<>(same ? Written.Outcome.ALREADY_PRESENT : Written.Outcome.CONFLICT, found);
    }

    public Optional<Versioned<Cycle>> find(String cycleId) {
        return table.get(table.versioned, Table.key(Keys.cycle(cycleId), Keys.CYCLE))
                .map(item -> new Versioned<>(StoreJson.read(item.getData(), Cycle.class), item.getVersion()));
    }

    /**
     * The cycle and its series snapshots in one consistent query of its partition (the cycle's item sorts
     * before its decision, notifications and snapshots, which share the partition).
     */
    public CycleWithSeries findWithSeries(String cycleId) {
        Optional<Versioned<Cycle>> cycle = Optional.empty();
        List<SeriesSnapshot> series = new ArrayList<>();
        for (VersionedItem item : table.queryBetween(table.versioned, Keys.cycle(cycleId), Keys.CYCLE,
                Keys.snapshot("\uffff"))) {
            if (Keys.CYCLE.equals(item.getSk())) {
                cycle = Optional.of(new Versioned<>(StoreJson.read(item.getData(), Cycle.class), item.getVersion()));
            } else if (item.getSk().startsWith(Keys.snapshot(""))) {
                series.add(StoreJson.read(item.getData(), SeriesSnapshot.class));
            }
        }
        series.sort(Comparator.comparing(SeriesSnapshot::measureId));
        return new CycleWithSeries(cycle, series);
    }

    /** Writes {@code changed} if the stored cycle is still at {@code current.version()}. */
    public Versioned<Cycle> update(Versioned<Cycle> current, Cycle changed) {
        if (!current.value().id().equals(changed.id())) {
            throw new IllegalArgumentException("an update cannot change a cycle's id");
        }
        VersionedItem item = item(changed, current.version());
        try {
            table.versioned.putItem(item);
        } catch (ConditionalCheckFailedException stale) {
            throw new StaleVersionException("cycle " + changed.id(), current.version());
        }
        // the version extension wrote current + 1 (it changes the request, not our item)
        return new Versioned<>(changed, current.version() + 1);
    }

    /**
     * Reads the cycle, applies {@code change} and writes the result, re-reading and re-applying when another
     * writer got in first. A change that alters nothing writes nothing, so repeating it is free.
     */
    public Cycle modify(String cycleId, UnaryOperator<Cycle> change) {
        for (int attempt = 1; ; attempt++) {
            Versioned<Cycle> current = find(cycleId).orElseThrow(() -> new NoSuchElementException("no cycle " + cycleId));
            Cycle changed = change.apply(current.value());
            if (Objects.equals(changed, current.value())) {
                return changed;
            }
            try {
                return update(current, changed).value();
            } catch (StaleVersionException e) {
                if (attempt == MODIFY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The cycles of a programme, across its providers (GSI1), by provider then number. */
    public List<Cycle> findByProgramme(String programmeId) {
        return cycles(table.queryIndex(table.versioned, TableDefinition.GSI1, Keys.programme(programmeId), "CYCLE#"));
    }

    /** The cycles of a provider in every programme (GSI2), by programme then number. */
    public List<Cycle> findByProvider(String providerId) {
        return cycles(table.queryIndex(table.versioned, TableDefinition.GSI2, Keys.provider(providerId), "CYCLE#"));
    }

    /** The cycles of a provider in one programme (GSI2, narrowed by the sort key). */
    public List<Cycle> findByProvider(String providerId, String programmeId) {
        return cycles(table.queryIndex(table.versioned, TableDefinition.GSI2, Keys.provider(providerId),
                Keys.cycleOfProvider(programmeId, "")));
    }

    private static List<Cycle> cycles(List<VersionedItem> items) {
        return items.stream().map(i -> StoreJson.read(i.getData(), Cycle.class)).sorted(ORDER).toList();
    }

    private static VersionedItem item(Cycle cycle, Long version) {
        VersionedItem item = new VersionedItem();
        item.setKind(KIND);
        item.keys(Keys.cycle(cycle.id()), Keys.CYCLE);
        item.gsi1(Keys.programme(cycle.programmeId()), Keys.cycleInProgramme(cycle.providerId(), cycle.id()));
        item.gsi2(Keys.provider(cycle.providerId()), Keys.cycleOfProvider(cycle.programmeId(), cycle.id()));
        item.setStatus(cycle.status() == null ? null : cycle.status().code());
        item.setData(StoreJson.write(cycle));
        item.setVersion(version);
        return item;
    }
}
