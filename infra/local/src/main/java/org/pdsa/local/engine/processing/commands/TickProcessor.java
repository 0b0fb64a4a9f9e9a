package org.pdsa.local.engine.processing.commands;

import java.util.EnumMap;
import java.util.Map;
import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.DueDates;

/**
 * TICK (internal, journaled): every due date at or before the record's time, in order. Replay
 * sees the same state and the same time, so it fires exactly the same entries. Add a handler per
 * {@link DueDates.Kind} for timers, message TTLs and the like.
 */
public final class TickProcessor implements CommandProcessor {

    /** Reacts to one due entry; must tolerate stale entries (the thing may be gone or rescheduled). */
    @FunctionalInterface
    public interface DueHandler {
        void due(long key, long dueTime, ProcessingContext context);
    }

    private final Map<DueDates.Kind, DueHandler> handlers = new EnumMap<>(DueDates.Kind.class);

    public TickProcessor() {
        handlers.put(DueDates.Kind.JOB_DEADLINE, (key, time, ctx) -> ctx.jobs().deadlinePassed(key, time));
        handlers.put(DueDates.Kind.JOB_BACKOFF, (key, time, ctx) -> ctx.jobs().backOffOver(key, time));
    }

    @Override
    public void process(Command command, ProcessingContext context) {
        for (DueDates.Due due : context.state().dueDates().takeDue(context.now())) {
            DueHandler handler = handlers.get(due.kind());
            if (handler != null) handler.due(due.key(), due.time(), context);
        }
    }
}
