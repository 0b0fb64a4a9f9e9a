package org.pdsa.local.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One function in its own JVM under the runtime interface client (an execution environment): invoke it
 * with event JSON, read its init time and its log, close it. Started by {@link FunctionRunner}.
 */
public final class RunningFunction implements AutoCloseable {

    private static final int LOG_TAIL_CHARS = 4000;

    private final FunctionSpec spec;
    private final RuntimeApiServer server;
    private final Process process;
    private final long startNanos;
    private final Path folder;
    private final Path logFile;
    private final Thread reaper;
    private boolean closed;

    private RunningFunction(FunctionSpec spec, RuntimeApiServer server, Process process, long startNanos,
                            Path folder, Path logFile) {
        this.spec = spec;
        this.server = server;
        this.process = process;
        this.startNanos = startNanos;
        this.folder = folder;
        this.logFile = logFile;
        // a function JVM must not outlive the local stack that started it (Ctrl-C, a dying test JVM)
        this.reaper = new Thread(process::destroyForcibly, "lambda-reaper-" + spec.name());
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    static RunningFunction launch(FunctionSpec spec, LambdaJvmCommand command, RuntimeApiServer server,
                                  Path folder, Duration initTimeout) throws IOException {
        Path logFile = folder.resolve("function.log");
        ProcessBuilder builder = new ProcessBuilder(command.command())
                // the runtime client loads the function from its working directory, Lambda's /var/task
                .directory(Path.of(command.environment().get("LAMBDA_TASK_ROOT")).toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().clear();
        builder.environment().putAll(command.environment());
        long startNanos = System.nanoTime();
        Process process = builder.start();
        RunningFunction function = new RunningFunction(spec, server, process, startNanos, folder, logFile);
        try {
            CompletableFuture.anyOf(server.api().settled(), process.onExit())
                    .get(initTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String log = function.logTail();
            function.close();
            throw new IllegalStateException("Function " + spec.name() + " (" + spec.handler()
                    + ") did not initialise within " + initTimeout + ". Its log ends:\n" + log);
        } catch (InterruptedException e) {
            function.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + spec.name(), e);
        } catch (ExecutionException e) {
            function.close();
            throw new IllegalStateException("Cannot start " + spec.name(), e.getCause());
        }
        return function;
    }

    public FunctionSpec spec() {
        return spec;
    }

    /** True when the runtime asked for an event and its process is alive. */
    public boolean isReady() {
        return server.api().readyAtNanos().isPresent() && process.isAlive();
    }

    /** Lambda's init phase as seen from outside: from starting the JVM to the runtime's first {@code /next}. */
    public Duration initDuration() {
        long readyAt = server.api().readyAtNanos().orElseThrow(() -> new IllegalStateException(
                "Function " + spec.name() + " never asked for an event: " + initError()
                        .map(error -> "init error " + error.errorType() + ": " + error.errorMessage())
                        .orElse("its process ended, exit code " + exitCode())));
        return Duration.ofNanos(readyAt - startNanos);
    }

    /** SnapStart only: from starting the JVM to the snapshot point (before-checkpoint hooks done). */
    public Optional<Duration> snapshotDuration() {
        var snapshotAt = server.api().snapshotAtNanos();
        return snapshotAt.isPresent() ? Optional.of(Duration.ofNanos(snapshotAt.getAsLong() - startNanos))
                : Optional.empty();
    }

    /**
     * CPU time the function's JVM has used so far (all its threads), where the OS reports it: unlike
     * wall-clock time it hardly changes when other processes load the machine.
     */
    public Optional<Duration> cpuTime() {
        return process.info().totalCpuDuration();
    }

    /** The error the runtime reported at init ({@code /init/error} or {@code /restore/error}), if any. */
    public Optional<InvocationResult.InitError> initError() {
        return server.api().initError();
    }

    /** Invokes the function with the event and waits at most the function's timeout. */
    public InvocationResult invoke(String event) {
        return invoke(event, spec.timeout());
    }

    /**
     * Invokes the function with {@code event} (JSON) and waits at most {@code timeout}. After a timeout
     * the environment is stopped, as Lambda does; later invocations answer {@link InvocationResult.Exited}.
     */
    public synchronized InvocationResult invoke(String event, Duration timeout) {
        if (closed) {
            throw new IllegalStateException("Function " + spec.name() + " is closed");
        }
        Optional<InvocationResult.InitError> initError = initError();
        if (initError.isPresent()) {
            return initError.get();
        }
        if (!process.isAlive()) {
            return exited();
        }
        CompletableFuture<InvocationResult> answer = server.api().submit(event, timeout);
        try {
            CompletableFuture.anyOf(answer, process.onExit()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stopProcess();
            server.api().settleAll(new InvocationResult.Timeout(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while invoking " + spec.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot invoke " + spec.name(), e.getCause());
        }
        if (!answer.isDone()) {
            // the process ended before answering; give a last response in flight a moment to land
            answer.completeOnTimeout(exited(), 200, TimeUnit.MILLISECONDS);
        }
        InvocationResult result = answer.join();
        if (result instanceof InvocationResult.Exited) {
            server.api().settleAll(result);
        }
        return result;
    }

    /** Everything the function and its runtime wrote to stdout and stderr so far. */
    public String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logTail() {
        String log = log();
        return log.length() <= LOG_TAIL_CHARS ? log : "..." + log.substring(log.length() - LOG_TAIL_CHARS);
    }

    private InvocationResult.Exited exited() {
        return new InvocationResult.Exited(exitCode(), logTail());
    }

    private int exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void stopProcess() {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the JVM and the Runtime API, and deletes the task root and log. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to remove
        }
        server.close();
        TaskRoot.delete(folder);
    }
}
