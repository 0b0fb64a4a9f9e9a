package org.pdsa.local.engine.processing.commands;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The journaled decision "these jobs were handed to this worker with this timeout". Which parked
 * poll got them is not state, so the decision itself is what replay needs.
 */
public record ActivateJobs(String worker, long timeout, long[] jobKeys) {

    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + jobKeys.length * 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(worker);
            out.writeLong(timeout);
            out.writeInt(jobKeys.length);
            for (long key : jobKeys) out.writeLong(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static ActivateJobs decode(byte[] body) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body))) {
            String worker = in.readUTF();
            long timeout = in.readLong();
            long[] keys = new long[in.readInt()];
            for (int i = 0; i < keys.length; i++) keys[i] = in.readLong();
            return new ActivateJobs(worker, timeout, keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
