package org.pdsa.workers;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.store.CycleRepository;
import org.pdsa.store.CycleWithSeries;
import org.pdsa.store.StaleVersionException;
import org.pdsa.store.Versioned;
import org.pdsa.store.Written;

/**
 * Changes a cycle's record for a worker in one read and (at most) one write, recording the cycle first when
 * nobody has: a cycle started by the programme's call activity, or the next cycle after "adapt", has no
 * record until its first worker writes one. A change that alters nothing writes nothing, so a redelivered
 * job costs one read. Workers that also need the series read both in one query ({@link #read}).
 */
public final class CycleRecords {

    private final CycleRepository cycles;

    public CycleRecords(CycleRepository cycles) {
        this.cycles = cycles;
    }

    public Cycle change(CycleRef ref, Instant now, String actor, UnaryOperator<Cycle> change) {
        return change(ref, cycles.find(ref.cycleId()), now, actor, change);
    }

    /** The cycle's record and its series snapshots, in one request: read them, then {@link #change} the cycle. */
    public CycleWithSeries read(CycleRef ref) {
        return cycles.findWithSeries(ref.cycleId());
    }

    /** As {@link #change(CycleRef, Instant, String, UnaryOperator)}, from a record just read (no second read). */
    public Cycle change(CycleRef ref, Optional<Versioned<Cycle>> current, Instant now, String actor,
                        UnaryOperator<Cycle> change) {
        if (current.isEmpty()) {
            Cycle fresh = Cycle.started(ref.cycleId(), ref.programmeId(), ref.providerId(), ref.number(),
                    new TimelineEntry(now, "recorded", "cycle " + ref.number() + " first recorded by " + actor, actor));
            Cycle created = change.apply(fresh);
            Written<Cycle> written = cycles.create(created);
            if (written.outcome() == Written.Outcome.CONFLICT) {
                throw conflict(ref, written.stored());
            }
            return written.created() ? created : cycles.modify(ref.cycleId(), change);
        }
        Cycle stored = current.get().value();
        if (!stored.programmeId().equals(ref.programmeId()) || !stored.providerId().equals(ref.providerId())) {
            throw conflict(ref, stored);
        }
        Cycle changed = change.apply(stored);
        if (changed.equals(stored)) {
            return stored;
        }
        try {
            return cycles.update(current.get(), changed).value();
        } catch (StaleVersionException e) {
            // someone wrote between our read and write: re-read and re-apply
            return cycles.modify(ref.cycleId(), change);
        }
    }

    private static JobInputException conflict(CycleRef ref, Cycle stored) {
        return new JobInputException("cycle '" + ref.cycleId() + "' is recorded for programme '" + stored.programmeId()
                + "', provider '" + stored.providerId() + "', not '" + ref.programmeId() + "', '" + ref.providerId() + "'");
    }
}
