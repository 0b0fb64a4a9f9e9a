package org.pdsa.local.engine.processing;

import java.util.concurrent.CompletableFuture;

/**
 * One command for the stream processor: its type, the key it addresses (0 when none), the body as
 * journaled (usually the request JSON as received), the decoded payload, and, when it came from a
 * client, the future its response completes. The processor sets {@code time} when it processes
 * it; replay supplies the journaled time.
 */
public final class Command {
    private final CommandType type;
    private final long key;
    private final byte[] body;
    private final Object payload;
    private final CompletableFuture<Object> response;
    long time;
    long position;

    public Command(CommandType type, long key, byte[] body, Object payload, CompletableFuture<Object> response) {
        this.type = type;
        this.key = key;
        this.body = body == null ? EMPTY : body;
        this.payload = payload;
        this.response = response;
    }

    static final byte[] EMPTY = new byte[0];

    public CommandType type() { return type; }
    public long key() { return key; }
    public byte[] body() { return body; }
    public Object payload() { return payload; }
    /** Null for replayed and internal commands. */
    public CompletableFuture<Object> response() { return response; }
    /** Engine time the command was processed at (epoch millis). */
    public long time() { return time; }
    /** Journal position once journaled, else 0. */
    public long position() { return position; }
}
