package org.pdsa.local.engine;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * How to run a {@link LocalEngine}. {@code port} 0 picks a free port. Defaults: port 8080 (or
 * {@code PDSA_ENGINE_PORT}), data under {@code .pdsa/engine}, system clock, the 10,000 most recent
 * finished instances kept, a snapshot every 64 MB of journal, 64 MB journal segments.
 */
public record EngineConfig(String host, int port, Path dataDirectory, LongSupplier systemClock, int historyLimit,
                           long snapshotEveryBytes, long segmentBytes) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_HISTORY_LIMIT = 10_000;

    public static EngineConfig defaults() {
        String envPort = System.getenv("PDSA_ENGINE_PORT");
        int port = envPort == null || envPort.isBlank() ? DEFAULT_PORT : Integer.parseInt(envPort.strip());
        return new EngineConfig("127.0.0.1", port, Path.of(".pdsa", "engine"), System::currentTimeMillis,
                DEFAULT_HISTORY_LIMIT, 64L << 20, 64L << 20);
    }

    public EngineConfig withPort(int port) {
        return new EngineConfig(host, port, dataDirectory, systemClock, historyLimit, snapshotEveryBytes, segmentBytes);
    }

    public EngineConfig withHost(String host) {
        return new EngineConfig(host, port, dataDirectory, systemClock, historyLimit, snapshotEveryBytes, segmentBytes);
    }

    public EngineConfig withDataDirectory(Path dataDirectory) {
        return new EngineConfig(host, port, dataDirectory, systemClock, historyLimit, snapshotEveryBytes, segmentBytes);
    }

    public EngineConfig withSystemClock(LongSupplier systemClock) {
        return new EngineConfig(host, port, dataDirectory, systemClock, historyLimit, snapshotEveryBytes, segmentBytes);
    }

    public EngineConfig withHistoryLimit(int historyLimit) {
        return new EngineConfig(host, port, dataDirectory, systemClock, historyLimit, snapshotEveryBytes, segmentBytes);
    }

    public EngineConfig withSnapshotEveryBytes(long bytes) {
        return new EngineConfig(host, port, dataDirectory, systemClock, historyLimit, bytes, segmentBytes);
    }

    public EngineConfig withSegmentBytes(long bytes) {
        return new EngineConfig(host, port, dataDirectory, systemClock, historyLimit, snapshotEveryBytes, bytes);
    }
}
