package org.pdsa.local.engine.journal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the journal back on start: every valid record after a position, in order, stopping at the
 * first torn or corrupt record. Reports where the valid data ends so the writer can cut the tail.
 */
final class JournalReader {

    /** Where valid data ended: the segment, the byte offset in it, and the last valid position. */
    record End(long segmentFirstPosition, long validBytes, long lastPosition, boolean torn) {}

    static End read(Path dir, long afterPosition, Consumer<JournalRecord> consumer) throws IOException {
        List<Long> segments = SegmentFiles.list(dir);
        if (segments.isEmpty()) return new End(-1, 0, afterPosition, false);
        if (segments.get(0) > afterPosition + 1) {
            throw new IOException("the journal in " + dir + " starts at position " + segments.get(0)
                    + " but the snapshot only covers up to " + afterPosition + ": records are missing");
        }
        long expected = segments.get(0);
        End end = new End(-1, 0, afterPosition, false);
        for (int i = 0; i < segments.size(); i++) {
            long first = segments.get(i);
            if (i + 1 < segments.size() && segments.get(i + 1) <= afterPosition + 1) {
                expected = segments.get(i + 1); // wholly covered by the snapshot: no need to read it
                continue;
            }
            if (first != expected) return new End(end.segmentFirstPosition(), end.validBytes(), expected - 1, true);
            end = readSegment(SegmentFiles.path(dir, first), first, expected, afterPosition, consumer);
            expected = end.lastPosition() + 1;
            if (end.torn()) return end;
        }
        return end;
    }

    private static End readSegment(Path file, long first, long expected, long afterPosition, Consumer<JournalRecord> consumer)
            throws IOException {
        long offset = 0;
        long last = expected - 1;
        long size = Files.size(file);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            byte[] buffer = new byte[256];
            while (offset + RecordFormat.PREFIX + RecordFormat.FIXED <= size) {
                int length = in.readInt();
                int crc = in.readInt();
                if (length < RecordFormat.FIXED || length > RecordFormat.FIXED + RecordFormat.MAX_BODY
                        || offset + RecordFormat.PREFIX + length > size) {
                    return new End(first, offset, last, length != 0 || offset + RecordFormat.PREFIX < size);
                }
                if (buffer.length < length) buffer = new byte[Math.max(length, buffer.length * 2)];
                in.readFully(buffer, 0, length);
                if (RecordFormat.crc(buffer, 0, length) != crc) return new End(first, offset, last, true);
                ByteBuffer view = ByteBuffer.wrap(buffer, 0, length);
                long position = view.getLong();
                if (position != last + 1) return new End(first, offset, last, true);
                long time = view.getLong();
                byte type = view.get();
                long key = view.getLong();
                byte[] body = new byte[length - RecordFormat.FIXED];
                view.get(body);
                if (position > afterPosition) consumer.accept(new JournalRecord(position, time, type, key, body));
                last = position;
                offset += RecordFormat.PREFIX + length;
            }
        } catch (EOFException e) {
            return new End(first, offset, last, true);
        }
        return new End(first, offset, last, offset < size);
    }
}
