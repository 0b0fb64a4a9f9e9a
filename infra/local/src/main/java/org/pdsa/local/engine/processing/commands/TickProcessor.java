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
        handlers.put(DueDates.Kind.TIMER, (key, time, ctx) -> ctx.events().timerDue(key, time));
        handlers.put(DueDates.Kind.MESSAGE_TTL, (key, time, ctx) -> ctx.events().messageExpired(key, time));
        handlers.put(DueDates.Kind.MESSAGE_SUBSCRIPTION_OPENED, (key, time, ctx) -> ctx.events().messageSubscriptionOpened(key));
        handlers.put(DueDates.Kind.MESSAGE_START_RETRY, (key, time, ctx) -> ctx.events().messageStartRetry(key));
    }

    /** Bounds one tick: a handler that keeps scheduling due entries (a runaway cycle) cannot hold the processor forever. */
    private static final int MAX_ROUNDS = 10_000;

    @Override
    public void process(Command command, ProcessingContext context) {
        // handlers may schedule entries that are due already (the next turn of an overdue timer cycle): run those too
        for (int round = 0; round < MAX_ROUNDS && context.state().dueDates().nextTime() <= context.now(); round++) {
            for (DueDates.Due due : context.state().dueDates().takeDue(context.now())) {
                DueHandler handler = handlers.get(due.kind());
                if (handler != null) handler.due(due.key(), due.time(), context);
            }
            context.bpmn().run();
        }
    }
}
