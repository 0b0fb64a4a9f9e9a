package org.pdsa.local.engine.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * On-disk layout of one record: {@code int length | int crc32c | long position | long time |
 * byte type | long key | body}. {@code length} counts the bytes after the crc; the crc covers
 * exactly those bytes. A zero length, a crc mismatch, a short read or an unexpected position marks
 * the end of the valid journal (a torn tail after a crash).
 */
final class RecordFormat {
    static final int PREFIX = 8;            // length + crc
    static final int FIXED = 8 + 8 + 1 + 8; // position + time + type + key
    static final int MAX_BODY = 64 << 20;

    private RecordFormat() {}

    static int sizeOf(int bodyLength) {
        return PREFIX + FIXED + bodyLength;
    }

    /** Writes one record at the buffer's position (which must have room for {@link #sizeOf}). */
    static void write(ByteBuffer out, long position, long time, byte type, long key, byte[] body) {
        int start = out.position();
        out.putInt(FIXED + body.length);
        out.putInt(0); // crc, patched below
        out.putLong(position).putLong(time).put(type).putLong(key).put(body);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), out.arrayOffset() + start + PREFIX, FIXED + body.length);
        out.putInt(start + 4, (int) crc.getValue());
    }

    static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
