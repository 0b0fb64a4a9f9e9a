package org.pdsa.local.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The Lambda Runtime API (version 2018-06-01) of one execution environment, without HTTP: the invoker
 * side submits events, the runtime side asks for the next one and posts responses and errors.
 * Every runtime call returns a {@link RuntimeReply} (status, headers, body) that the HTTP adapter
 * writes as it is.
 */
public final class RuntimeApi implements AutoCloseable {

    /** Lambda's limit for a synchronous response: 6 MB. */
    public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

    private enum Phase { INITIALIZING, RUNNING, INIT_FAILED, CLOSED }

    private enum State { QUEUED, IN_FLIGHT, DONE }

    private static final class Pending {
        final Invocation invocation;
        final CompletableFuture<InvocationResult> result = new CompletableFuture<>();
        State state = State.QUEUED;

        Pending(Invocation invocation) {
            this.invocation = invocation;
        }

        /** Settles the invocation once; false when it was settled already. */
        synchronized boolean settle(InvocationResult outcome) {
            if (state == State.DONE) {
                return false;
            }
            state = State.DONE;
            result.complete(outcome);
            return true;
        }
    }

    private static final Pending CLOSING = new Pending(null);

    private final String functionArn;
    private final InitType initType;
    private final Clock clock;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, Pending> invocations = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> settled = new CompletableFuture<>();

    private Phase phase = Phase.INITIALIZING;
    private InvocationResult.InitError initError;
    private long readyAtNanos = -1;
    private long snapshotAtNanos = -1;

    public RuntimeApi(String functionArn, InitType initType, Clock clock) {
        this.functionArn = functionArn;
        this.initType = initType;
        this.clock = clock;
    }

    // ---- the invoker's side ----

    /** Queues an event for the runtime; the future settles with the function's answer. */
    public CompletableFuture<InvocationResult> submit(String event, Duration timeout) {
        synchronized (this) {
            if (phase == Phase.INIT_FAILED) {
                return CompletableFuture.completedFuture(initError);
            }
            if (phase == Phase.CLOSED) {
                throw new IllegalStateException("the execution environment of " + functionArn + " is closed");
            }
        }
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), event,
                clock.millis() + timeout.toMillis(), functionArn, traceId());
        Pending pending = new Pending(invocation);
        invocations.put(invocation.requestId(), pending);
        queue.add(pending);
        return pending.result;
    }

    /**
     * Settles every invocation still waiting with {@code outcome}: used when the environment stops
     * (a timeout, the runtime's exit). A late answer from the runtime is then refused.
     */
    public void settleAll(InvocationResult outcome) {
        invocations.values().forEach(pending -> pending.settle(outcome));
    }

    /** Completes when the runtime first asks for an event, or reports that it could not initialise. */
    public CompletableFuture<Void> settled() {
        return settled;
    }

    public synchronized Optional<InvocationResult.InitError> initError() {
        return Optional.ofNullable(initError);
    }

    /** {@link System#nanoTime()} of the runtime's first {@code /invocation/next}, if it came. */
    public synchronized OptionalLong readyAtNanos() {
        return readyAtNanos < 0 ? OptionalLong.empty() : OptionalLong.of(readyAtNanos);
    }

    /** {@link System#nanoTime()} of {@code /restore/next} (SnapStart's snapshot point), if it came. */
    public synchronized OptionalLong snapshotAtNanos() {
        return snapshotAtNanos < 0 ? OptionalLong.empty() : OptionalLong.of(snapshotAtNanos);
    }

    // ---- the runtime's side ----

    /** {@code GET /runtime/invocation/next}: blocks until there is an event. */
    public RuntimeReply next() throws InterruptedException {
        synchronized (this) {
            switch (phase) {
                case INIT_FAILED:
                    return RuntimeReply.invalidStateTransition("the runtime reported an init error and must exit");
                case CLOSED:
                    return RuntimeReply.shuttingDown();
                case INITIALIZING:
                    phase = Phase.RUNNING;
                    readyAtNanos = System.nanoTime();
                    settled.complete(null);
                    break;
                default:
                    break;
            }
        }
        while (true) {
            Pending pending = queue.take();
            if (pending == CLOSING) {
                queue.add(CLOSING); // wake any other waiter too
                return RuntimeReply.shuttingDown();
            }
            synchronized (pending) {
                if (pending.state == State.QUEUED) {
                    pending.state = State.IN_FLIGHT;
                    return RuntimeReply.invocation(pending.invocation);
                }
            }
            // expired while queued: skip it, as Lambda never hands out an event past its deadline
        }
    }

    /** {@code POST /runtime/invocation/{id}/response}. */
    public RuntimeReply respond(String requestId, byte[] body) {
        return answer(requestId, pending -> {
            if (body.length > MAX_RESPONSE_BYTES) {
                pending.settle(new InvocationResult.FunctionError("Function.ResponseSizeTooLarge",
                        "Response payload size (" + body.length + " bytes) exceeded maximum allowed payload size ("
                                + MAX_RESPONSE_BYTES + " bytes).", null));
                return RuntimeReply.tooLarge(body.length);
            }
            pending.settle(new InvocationResult.Success(new String(body, StandardCharsets.UTF_8)));
            return RuntimeReply.accepted();
        });
    }

    /** {@code POST /runtime/invocation/{id}/error}. */
    public RuntimeReply fail(String requestId, String errorTypeHeader, byte[] body) {
        return answer(requestId, pending -> {
            ErrorDocument error = ErrorDocument.parse(body, errorTypeHeader);
            pending.settle(new InvocationResult.FunctionError(error.errorType(), error.errorMessage(), error.payload()));
            return RuntimeReply.accepted();
        });
    }

    /** Settles an in-flight invocation with {@code settle}; an unknown, queued or answered one is refused. */
    private RuntimeReply answer(String requestId, Function<Pending, RuntimeReply> settle) {
        Pending pending = invocations.get(requestId);
        if (pending == null) {
            return RuntimeReply.invalidRequestId(requestId);
        }
        synchronized (pending) {
            switch (pending.state) {
                case QUEUED:
                    return RuntimeReply.invalidRequestId(requestId);
                case DONE:
                    return RuntimeReply.invalidStateTransition("invocation " + requestId + " was already answered");
                default:
                    return settle.apply(pending);
            }
        }
    }

    /** {@code POST /runtime/init/error}: allowed only before the first {@code /invocation/next}. */
    public RuntimeReply initError(String errorTypeHeader, byte[] body) {
        return failInit(errorTypeHeader, body, "init error");
    }

    /** {@code GET /runtime/restore/next}: SnapStart's snapshot point; the emulator restores at once. */
    public synchronized RuntimeReply restoreNext() {
        if (initType != InitType.SNAP_START) {
            return RuntimeReply.invalidStateTransition("restore/next is only for SnapStart (snap-start) environments");
        }
        if (phase != Phase.INITIALIZING || snapshotAtNanos >= 0) {
            return RuntimeReply.invalidStateTransition("restore/next comes once, before the first invocation/next");
        }
        snapshotAtNanos = System.nanoTime();
        return RuntimeReply.empty();
    }

    /** {@code POST /runtime/restore/error}: an after-restore hook failed. */
    public RuntimeReply restoreError(String errorTypeHeader, byte[] body) {
        synchronized (this) {
            if (snapshotAtNanos < 0) {
                return RuntimeReply.invalidStateTransition("restore/error comes only after restore/next");
            }
        }
        return failInit(errorTypeHeader, body, "restore error");
    }

    private RuntimeReply failInit(String errorTypeHeader, byte[] body, String what) {
        InvocationResult.InitError error;
        synchronized (this) {
            if (phase != Phase.INITIALIZING) {
                return RuntimeReply.invalidStateTransition(what + " after initialisation completed");
            }
            ErrorDocument document = ErrorDocument.parse(body, errorTypeHeader);
            error = new InvocationResult.InitError(document.errorType(), document.errorMessage(), document.payload());
            initError = error;
            phase = Phase.INIT_FAILED;
            settled.complete(null);
        }
        // events already waiting get the init error, as Lambda answers the invoke that triggered the init
        invocations.values().forEach(pending -> pending.settle(error));
        return RuntimeReply.accepted();
    }

    /** Stops serving: a blocked {@code /invocation/next} returns, later runtime calls are refused. */
    @Override
    public void close() {
        synchronized (this) {
            phase = Phase.CLOSED;
        }
        queue.add(CLOSING);
    }

    private String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("Root=1-%08x-%012x%012x;Parent=%016x;Sampled=0", clock.millis() / 1000,
                random.nextLong(1L << 48), random.nextLong(1L << 48), random.nextLong() & Long.MAX_VALUE);
    }
}
