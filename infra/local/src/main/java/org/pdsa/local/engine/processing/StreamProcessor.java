package org.pdsa.local.engine.processing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.pdsa.local.engine.feel.ExpressionLanguage;
import org.pdsa.local.engine.journal.DurableAction;
import org.pdsa.local.engine.journal.Journal;
import org.pdsa.local.engine.journal.JournalRecord;
import org.pdsa.local.engine.processing.commands.JobActivation;
import org.pdsa.local.engine.state.EngineState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single thread that owns all engine state, like a Zeebe partition. HTTP threads submit
 * commands and get futures; this thread processes them in batches: each command is validated,
 * applied and appended to the journal; after the batch, due dates fire (as a journaled TICK),
 * parked polls get new jobs, and the batch is committed. Answers are released by the journal once
 * the batch is durable.
 */
public final class StreamProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(StreamProcessor.class);
    private static final int MAX_BATCH = 1024;
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /** Takes a snapshot of the state covering everything up to a position (called on this thread). */
    public interface Snapshotter {
        void snapshot(EngineState state, long position);
    }

    private final EngineState state;
    private final ExpressionLanguage expressions;
    private final ProcessingContext context;
    private final CommandProcessors processors = new CommandProcessors();
    private final ConcurrentLinkedQueue<Command> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean parked = new AtomicBoolean();
    private final long snapshotEveryBytes;
    private Journal journal;
    private Snapshotter snapshotter;
    private Thread thread;
    private volatile boolean running;
    private long now;
    private long snapshotAtBytes;

    public StreamProcessor(EngineState state, long snapshotEveryBytes) {
        this.state = state;
        this.snapshotEveryBytes = snapshotEveryBytes;
        this.expressions = new ExpressionLanguage(() -> now);
        this.context = new ProcessingContext(state, expressions, this::processInternal);
    }

    /** Replaces the processor of a command type before {@link #start}; lets tests check how failures are contained. */
    void replaceProcessor(CommandType type, CommandProcessor processor) {
        processors.replace(type, processor);
    }

    public ExpressionLanguage expressions() {
        return expressions;
    }

    /** Applies one journaled record again (start-up replay, before {@link #start}). */
    public void replay(JournalRecord record) {
        CommandType type = CommandType.byId(record.type());
        Object payload;
        try {
            payload = type.decode(record.body());
        } catch (RuntimeException e) {
            LOG.error("cannot decode journaled {} at position {}; skipping it", type, record.position(), e);
            return;
        }
        Command command = new Command(type, record.key(), record.body(), payload, null);
        command.time = record.time();
        command.position = record.position();
        now = record.time();
        context.begin(command, now, true);
        try {
            processors.get(type).process(command, context);
            context.bpmn().run();
        } catch (Throwable e) { // as in process(): nothing a processor throws may stop the recovery
            LOG.error("replaying {} at position {} failed (as it did when first processed)", type, record.position(), e);
        }
        context.takeActions();
        context.state().jobs().drainTypesWithNewWork();
    }

    public void start(Journal journal, Snapshotter snapshotter) {
        this.journal = journal;
        this.snapshotter = snapshotter;
        this.snapshotAtBytes = journal.bytesWritten();
        this.running = true;
        this.thread = new Thread(this::loop, "engine-processor");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a command from any thread; its response future completes once it is durable (or rejected). */
    public CompletableFuture<Object> submit(CommandType type, long key, byte[] body, Object payload) {
        CompletableFuture<Object> response = new CompletableFuture<>();
        if (!running) {
            response.completeExceptionally(new RejectionException(new Rejection(Rejection.Type.UNAVAILABLE, "the engine is stopping")));
            return response;
        }
        queue.offer(new Command(type, key, body, payload, response));
        if (parked.get()) LockSupport.unpark(thread);
        return response;
    }

    private void loop() {
        while (running) {
            Command command;
            int processed = 0;
            while (processed < MAX_BATCH && (command = queue.poll()) != null) {
                process(command);
                processed++;
            }
            endBatch();
            if (queue.isEmpty()) parkUntilWork();
        }
        shutdown();
    }

    private void endBatch() {
        now = state.clock().now();
        if (state.dueDates().nextTime() <= now) processInternal(CommandType.TICK, 0, Command.EMPTY, null);
        long nanos = System.nanoTime();
        context.polls().expire(nanos, context);
        context.awaiters().expire(nanos, context);
        Set<String> newWork = state.jobs().drainTypesWithNewWork();
        if (!newWork.isEmpty() && context.polls().size() > 0) {
            context.begin(null, now, false);
            JobActivation.serveParked(newWork, context);
        }
        List<DurableAction> actions = context.takeActions();
        journal.commit(actions);
        maybeSnapshot();
    }

    private void parkUntilWork() {
        long wait = MAX_PARK_NANOS;
        long nanos = System.nanoTime();
        wait = Math.min(wait, Math.max(0, context.polls().nextExpiryNanos() - nanos));
        wait = Math.min(wait, Math.max(0, context.awaiters().nextExpiryNanos() - nanos));
        long due = state.dueDates().nextTime();
        if (due != Long.MAX_VALUE && !state.clock().pinned()) {
            wait = Math.min(wait, TimeUnit.MILLISECONDS.toNanos(Math.max(0, due - state.clock().now())));
        }
        if (wait <= 0) return;
        parked.set(true);
        if (queue.isEmpty() && running) LockSupport.parkNanos(this, wait);
        parked.set(false);
    }

    private void process(Command command) {
        now = state.clock().now();
        command.time = now;
        context.begin(command, now, false);
        try {
            processors.get(command.type()).process(command, context);
            context.bpmn().run();
        } catch (Throwable e) { // an Error too (a StackOverflowError in a processor): the thread owns all state and must go on
            LOG.error("processing {} failed: this is an engine bug", command.type(), e);
            context.fail(command.response(), new Rejection(Rejection.Type.INTERNAL,
                    "the engine failed to process the command: " + e));
        }
        if (command.type().journaled() && !context.rejected()) {
            command.position = journal.append(command.time, command.type().id(), command.key(), command.body());
        }
    }

    /** Processes and journals an internal command at the current time. */
    private void processInternal(CommandType type, long key, byte[] body, Object payload) {
        Command command = new Command(type, key, body, payload, null);
        command.time = now;
        context.begin(command, now, false);
        try {
            processors.get(type).process(command, context);
            context.bpmn().run();
        } catch (Throwable e) {
            LOG.error("processing internal {} failed: this is an engine bug", type, e);
        }
        if (type.journaled()) command.position = journal.append(now, type.id(), key, body);
    }

    private void maybeSnapshot() {
        if (snapshotEveryBytes <= 0 || journal.bytesWritten() - snapshotAtBytes < snapshotEveryBytes) return;
        snapshotAtBytes = journal.bytesWritten();
        snapshotNow();
    }

    private void snapshotNow() {
        long position = journal.lastPosition();
        try {
            journal.awaitDurable(position);
            snapshotter.snapshot(state, position);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("taking a snapshot at position {} failed; the journal still has everything", position, e);
        }
    }

    /** Stops after the current batch: answers parked polls, writes a final snapshot and waits for the thread. */
    public void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void shutdown() {
        Command command;
        while ((command = queue.poll()) != null) {
            context.begin(command, now, false);
            context.fail(command.response(), new Rejection(Rejection.Type.UNAVAILABLE, "the engine is stopping"));
        }
        context.polls().releaseAll(context);
        journal.commit(context.takeActions());
        snapshotNow();
    }
}
