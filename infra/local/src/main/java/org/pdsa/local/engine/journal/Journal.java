package org.pdsa.local.engine.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only, segmented command journal with group commit. The stream processor appends
 * records to a staging buffer and, at the end of each batch, commits the batch with the actions
 * (responses) that must wait for it. Flusher threads write what has been committed so far (one
 * at a time, in order), force it to disk ({@code FileChannel.force}) and only then run those
 * actions: a response is never released before the records it depends on are durable. While a
 * force runs, the processor keeps going and the next batch grows; a second flusher writes and
 * forces that batch without waiting for the first force to end, so a batch waits about one force,
 * not one and a half.
 */
public final class Journal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    /** Forces in flight at once: a batch that arrives while one force runs starts its own at once. */
    static final int FLUSHERS = 2;

    private final Path dir;
    private final long segmentBytes;
    private final Executor releaser;
    private final List<Thread> flushers = new ArrayList<>();

    // processor side (single thread)
    private ByteBuffer staging = ByteBuffer.allocate(1 << 16);
    private long lastAppended;

    // shared between the processor and the flushers, guarded by lock
    private final Object lock = new Object();
    private ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private List<DurableAction> pendingActions = new ArrayList<>();
    private long pendingLast;
    private boolean closing;
    private boolean writerBusy;            // one flusher at a time writes, so the file keeps the commit order
    private int forcing;                   // forces in flight
    private final ArrayDeque<Written> awaiting = new ArrayDeque<>(); // written batches not yet durable, in order
    private FileChannel channel;
    private long channelBytes;

    private volatile long durable;
    private volatile Throwable failure;
    private final Object durableSignal = new Object();
    private volatile long bytesWritten;

    /** A batch handed to the file: released once the journal is durable up to {@code last}. */
    private record Written(long last, List<DurableAction> actions) {}

    private Journal(Path dir, long segmentBytes, Executor releaser, long lastPosition) throws IOException {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.releaser = releaser;
        this.lastAppended = lastPosition;
        this.pendingLast = lastPosition;
        this.durable = lastPosition;
        openSegment(lastPosition + 1);
        for (int i = 0; i < FLUSHERS; i++) {
            Thread flusher = new Thread(this::flushLoop, "engine-journal-" + i);
            flusher.setDaemon(true);
            flushers.add(flusher);
            flusher.start();
        }
    }

    /**
     * Opens the journal in {@code dir}: replays every valid record after {@code afterPosition}
     * (the snapshot's) to {@code replay}, cuts a torn tail, and starts a fresh segment for writing.
     */
    public static Journal open(Path dir, long afterPosition, long segmentBytes, Executor releaser,
                               Consumer<JournalRecord> replay) throws IOException {
        Files.createDirectories(dir);
        JournalReader.End end = JournalReader.read(dir, afterPosition, replay);
        if (end.torn()) {
            LOG.warn("journal in {}: cutting a torn or corrupt tail after position {}", dir, end.lastPosition());
        }
        repairTail(dir, end);
        return new Journal(dir, segmentBytes, releaser, Math.max(afterPosition, end.lastPosition()));
    }

    private static void repairTail(Path dir, JournalReader.End end) throws IOException {
        for (long first : SegmentFiles.list(dir)) {
            Path file = SegmentFiles.path(dir, first);
            if (first == end.segmentFirstPosition()) {
                if (end.validBytes() == 0) Files.delete(file);
                else if (Files.size(file) > end.validBytes()) {
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.truncate(end.validBytes());
                        ch.force(true);
                    }
                }
            } else if (first > end.lastPosition()) {
                Files.delete(file); // beyond the valid end (or an empty segment from the last run)
            }
        }
        SegmentFiles.syncDirectory(dir);
    }

    /** Position of the last appended record (processor thread). */
    public long lastPosition() {
        return lastAppended;
    }

    /** Highest position known to be on disk. */
    public long durablePosition() {
        return durable;
    }

    /** Bytes forced to disk since the journal was opened (for snapshot scheduling). */
    public long bytesWritten() {
        return bytesWritten;
    }

    /** Appends one record to the current batch (processor thread); returns its position. */
    public long append(long time, byte type, long key, byte[] body) {
        int size = RecordFormat.sizeOf(body.length);
        if (staging.remaining() < size) staging = grow(staging, size);
        long position = ++lastAppended;
        RecordFormat.write(staging, position, time, type, key, body);
        return position;
    }

    /** Ends a batch: its records become due for the flusher, and the actions run once they are durable. */
    public void commit(List<DurableAction> actions) {
        if (staging.position() == 0 && actions.isEmpty()) return;
        synchronized (lock) {
            staging.flip();
            if (pending.remaining() < staging.remaining()) pending = grow(pending, staging.remaining());
            pending.put(staging);
            pendingActions.addAll(actions);
            pendingLast = lastAppended;
            lock.notify(); // one idle flusher is enough; waking all would cost a context switch each per batch
        }
        staging.clear();
    }

    /** Blocks until everything appended so far is durable (snapshots, shutdown). */
    public void awaitDurable(long position) throws InterruptedException {
        synchronized (durableSignal) {
            while (durable < position && failure == null) durableSignal.wait(100);
        }
        if (failure != null) throw new IllegalStateException("journal failed", failure);
    }

    /** Deletes segments whose records are all at or below {@code position} (covered by a snapshot). */
    public void deleteSegmentsUpTo(long position) throws IOException {
        List<Long> segments = SegmentFiles.list(dir);
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (segments.get(i + 1) <= position + 1) Files.deleteIfExists(SegmentFiles.path(dir, segments.get(i)));
        }
    }

    /**
     * One flusher: takes what the processor committed, writes it (one writer at a time, in commit
     * order), forces the file and releases every batch the force covered. A force covers all data
     * written before it started, so a batch is durable once any force begun after its write
     * returns; with {@link #FLUSHERS} of them, a batch does not wait for a running force to end
     * before its own begins.
     */
    private void flushLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        while (true) {
            long last;
            FileChannel target = null;
            List<DurableAction> ready = List.of();
            synchronized (lock) {
                try {
                    while (writerBusy || nothingPending()) {
                        if (closing && nothingPending()) return;
                        lock.wait();
                    }
                } catch (InterruptedException e) {
                    return;
                }
                ByteBuffer b = buffer;
                buffer = pending;
                pending = b;
                last = pendingLast;
                awaiting.add(new Written(last, pendingActions));
                pendingActions = new ArrayList<>();
                if (buffer.position() == 0 || failure != null) {
                    // no records (rejections, queries): released with the force that covers what came before
                    buffer.clear();
                    ready = takeReady(durable);
                } else {
                    writerBusy = true;
                    target = channel;
                }
            }
            if (target != null) {
                boolean wrote = write(buffer, target);
                // a full segment is forced and closed by its last writer, before anyone writes again
                boolean rolled = wrote && channelBytes >= segmentBytes && roll(last);
                boolean mustForce = wrote && !rolled;
                synchronized (lock) {
                    writerBusy = false;
                    if (mustForce) forcing++;
                    lock.notifyAll();
                }
                if (mustForce) force(target);
                synchronized (lock) {
                    if (mustForce) forcing--;
                    ready = takeReady(wrote ? last : durable);
                    lock.notifyAll();
                }
                synchronized (durableSignal) {
                    durableSignal.notifyAll();
                }
            }
            release(ready);
        }
    }

    private boolean nothingPending() {
        return pending.position() == 0 && pendingActions.isEmpty();
    }

    private void waitQuietly() {
        try {
            lock.wait(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Under lock: marks {@code covered} durable (unless failed) and takes the batches that are now released. */
    private List<DurableAction> takeReady(long covered) {
        if (failure == null && covered > durable) durable = covered;
        List<DurableAction> ready = new ArrayList<>();
        while (!awaiting.isEmpty() && (awaiting.peek().last() <= durable || failure != null)) {
            ready.addAll(awaiting.poll().actions());
        }
        return ready;
    }

    /** Writes a batch to the page cache; false (and the journal failed) when it could not. */
    private boolean write(ByteBuffer data, FileChannel target) {
        try {
            data.flip();
            int bytes = data.remaining();
            while (data.hasRemaining()) target.write(data);
            channelBytes += bytes;
            bytesWritten += bytes;
            return true;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        } finally {
            data.clear();
        }
    }

    private void force(FileChannel target) {
        try {
            target.force(false);
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    /** Forces and closes the full segment once no other force runs on it, and opens the next; false if that failed. */
    private boolean roll(long last) {
        synchronized (lock) {
            while (forcing > 0) waitQuietly();
        }
        try {
            channel.force(false);
            channel.close();
            openSegment(last + 1);
            return true;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        }
    }

    private void fail(Throwable e) {
        if (failure == null) LOG.error("journal write failed; no further command will be acknowledged", e);
        failure = e;
    }

    private void release(List<DurableAction> actions) {
        if (actions.isEmpty()) return;
        Throwable failed = failure;
        releaser.execute(() -> {
            for (DurableAction action : actions) {
                try {
                    if (failed == null) action.durable();
                    else action.failed(failed);
                } catch (RuntimeException e) {
                    LOG.warn("releasing a response failed", e);
                }
            }
        });
    }

    private void openSegment(long firstPosition) throws IOException {
        Path file = SegmentFiles.path(dir, firstPosition);
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        channelBytes = 0;
        SegmentFiles.syncDirectory(dir);
    }

    private static ByteBuffer grow(ByteBuffer buffer, int needed) {
        int capacity = buffer.capacity();
        while (capacity - buffer.position() < needed) capacity *= 2;
        ByteBuffer bigger = ByteBuffer.allocate(capacity);
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }

    /** Writes what is committed, forces it, stops the flusher and closes the segment. */
    @Override
    public void close() {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        try {
            for (Thread flusher : flushers) flusher.join(10_000);
            channel.force(true);
            channel.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
