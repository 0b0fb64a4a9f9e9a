package org.pdsa.local.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pdsa.local.engine.journal.Journal;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.StreamProcessor;
import org.pdsa.local.engine.processing.commands.CommandJson;
import org.pdsa.local.engine.processing.commands.Query;
import org.pdsa.local.engine.rest.EngineApi;
import org.pdsa.local.engine.rest.EngineHttpServer;
import org.pdsa.local.engine.snapshot.SnapshotStore;
import org.pdsa.local.engine.snapshot.StateCodec;
import org.pdsa.local.engine.state.EngineClock;
import org.pdsa.local.engine.state.EngineState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Camunda 8 stand-in: a durable, single-partition engine serving the REST API v2.
 * {@code LocalEngine.start(config)} recovers state from the data directory (snapshot + journal),
 * then listens; {@link #restAddress()} is what a camunda-client-java needs; {@link #close()} takes
 * a snapshot and stops.
 */
public final class LocalEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalEngine.class);

    private final EngineConfig config;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final StreamProcessor processor;
    private final Journal journal;
    private final ExecutorService responder;
    private final EngineHttpServer http;
    private final JobLatency jobLatency = new JobLatency();
    private final BpmnTransformer transformer;
    private boolean closed;

    private LocalEngine(EngineConfig config) throws IOException {
        this.config = config;
        long started = System.nanoTime();
        Path dir = config.dataDirectory().toAbsolutePath();
        Files.createDirectories(dir);
        lockChannel = FileChannel.open(dir.resolve("engine.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("another engine is using the data directory " + dir);
        }
        StartupWarmup.begin();
        EngineState state = new EngineState(new EngineClock(config.systemClock()), config.historyLimit());
        processor = new StreamProcessor(state, config.snapshotEveryBytes());
        transformer = new BpmnTransformer(processor.expressions());
        StateCodec codec = new StateCodec(CommandJson.MAPPER);
        SnapshotStore snapshots = new SnapshotStore(dir.resolve("snapshots"));
        Optional<SnapshotStore.Loaded> snapshot = snapshots.loadLatest();
        long snapshotPosition = 0;
        if (snapshot.isPresent()) {
            codec.decode(snapshot.get().payload(), state, transformer);
            snapshotPosition = snapshot.get().position();
        }
        long loaded = System.nanoTime();
        responder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "engine-responder");
            t.setDaemon(true);
            return t;
        });
        long[] replayed = {0};
        journal = Journal.open(dir.resolve("journal"), snapshotPosition, config.segmentBytes(), responder, record -> {
            processor.replay(record);
            replayed[0]++;
        });
        long recovered = System.nanoTime();
        processor.start(journal, (s, position) -> {
            snapshots.write(position, codec.encode(s));
            try {
                journal.deleteSegmentsUpTo(position);
            } catch (IOException e) {
                LOG.warn("could not delete journal segments covered by the snapshot at {}", position, e);
            }
        });
        http = EngineHttpServer.start(config.host(), config.port(), new Api());
        LOG.info("engine ready on {} (data {}; snapshot at {} loaded in {} ms, {} journal records replayed in {} ms, {} ms in all)",
                restAddress(), dir, snapshotPosition, (loaded - started) / 1_000_000, replayed[0],
                (recovered - loaded) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
    }

    /** Recovers the engine from its data directory and starts serving. */
    public static LocalEngine start(EngineConfig config) {
        try {
            return new LocalEngine(config);
        } catch (IOException e) {
            throw new UncheckedIOException("the engine could not start on " + config.dataDirectory(), e);
        }
    }

    /** The root URL (for example {@code http://127.0.0.1:8080}); clients add {@code /v2}. */
    public URI restAddress() {
        return URI.create("http://" + config.host() + ":" + port());
    }

    public int port() {
        return http.port();
    }

    public Path dataDirectory() {
        return config.dataDirectory();
    }

    /** Job activation latency recorded by the engine (job activatable -> handed to a worker). */
    public JobLatency jobLatency() {
        return jobLatency;
    }

    /** Stops serving, snapshots the state and releases the data directory. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        // the processor answers parked polls and queued commands, the journal flushes them, the
        // responder writes them out; only then does the HTTP server go away
        processor.stop();
        journal.close();
        responder.shutdown();
        try {
            responder.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("releasing the data directory lock failed", e);
        }
    }

    private final class Api implements EngineApi {
        @Override
        public CompletableFuture<Object> submit(CommandType type, long key, byte[] body, Object payload) {
            return processor.submit(type, key, body, payload);
        }

        @Override
        public CompletableFuture<Object> query(Query.Reader reader) {
            return processor.submit(CommandType.QUERY, 0, null, reader);
        }

        @Override
        public BpmnTransformer transformer() {
            return transformer;
        }

        @Override
        public JobLatency jobLatency() {
            return jobLatency;
        }

        @Override
        public int port() {
            return http == null ? config.port() : http.port();
        }
    }
}
