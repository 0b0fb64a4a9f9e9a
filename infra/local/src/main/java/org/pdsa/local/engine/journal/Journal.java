package org.pdsa.local.engine.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only, segmented command journal with group commit. The stream processor appends
 * records to a staging buffer and, at the end of each batch, commits the batch with the actions
 * (responses) that must wait for it. One flusher thread writes what has been committed so far,
 * forces it to disk ({@code FileChannel.force}) and only then runs those actions: a response is
 * never released before the records it depends on are durable. While the flusher is forcing,
 * the processor keeps going and the next batch grows, so busier means bigger groups, not more
 * fsyncs.
 */
public final class Journal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path dir;
    private final long segmentBytes;
    private final Executor releaser;
    private final Thread flusher;

    // processor side (single thread)
    private ByteBuffer staging = ByteBuffer.allocate(1 << 16);
    private long lastAppended;

    // hand-over between processor and flusher, guarded by lock
    private final Object lock = new Object();
    private ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private List<DurableAction> pendingActions = new ArrayList<>();
    private long pendingLast;
    private boolean closing;

    // flusher side
    private ByteBuffer writing = ByteBuffer.allocate(1 << 16);
    private List<DurableAction> writingActions = new ArrayList<>();
    private FileChannel channel;
    private long channelBytes;
    private volatile long durable;
    private volatile Throwable failure;
    private final Object durableSignal = new Object();
    private volatile long bytesWritten;

    private Journal(Path dir, long segmentBytes, Executor releaser, long lastPosition) throws IOException {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.releaser = releaser;
        this.lastAppended = lastPosition;
        this.pendingLast = lastPosition;
        this.durable = lastPosition;
        openSegment(lastPosition + 1);
        this.flusher = new Thread(this::flushLoop, "engine-journal");
        this.flusher.setDaemon(true);
        this.flusher.start();
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
            lock.notifyAll();
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

    private void flushLoop() {
        while (true) {
            long last;
            synchronized (lock) {
                while (pending.position() == 0 && pendingActions.isEmpty() && !closing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending.position() == 0 && pendingActions.isEmpty()) return; // closing and drained
                ByteBuffer b = writing;
                writing = pending;
                pending = b;
                List<DurableAction> a = writingActions;
                writingActions = pendingActions;
                pendingActions = a;
                last = pendingLast;
            }
            try {
                writing.flip();
                if (failure == null && writing.hasRemaining()) write(writing, last);
            } catch (IOException | RuntimeException e) {
                LOG.error("journal write failed; no further command will be acknowledged", e);
                failure = e;
            }
            writing.clear();
            if (failure == null) durable = last;
            synchronized (durableSignal) {
                durableSignal.notifyAll();
            }
            release(writingActions);
            writingActions = new ArrayList<>();
        }
    }

    private void write(ByteBuffer data, long last) throws IOException {
        int bytes = data.remaining();
        while (data.hasRemaining()) channel.write(data);
        channel.force(false);
        channelBytes += bytes;
        bytesWritten += bytes;
        if (channelBytes >= segmentBytes) {
            channel.close();
            openSegment(last + 1);
        }
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
            flusher.join(10_000);
            channel.force(true);
            channel.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
