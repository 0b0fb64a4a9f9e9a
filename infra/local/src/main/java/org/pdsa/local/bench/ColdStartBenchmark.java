package org.pdsa.local.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pdsa.local.lambda.FunctionRunner;
import org.pdsa.local.lambda.FunctionSpec;
import org.pdsa.local.lambda.InvocationResult;
import org.pdsa.local.lambda.RunningFunction;

/**
 * Measures cold starts the way Lambda has them: for each function and run, a fresh JVM with Lambda's
 * flags under the runtime interface client, then two events. SnapStart-style priming plugs in through
 * the runner's {@link org.pdsa.local.lambda.InitType#SNAP_START}: the runtime runs the functions'
 * before-checkpoint (org.crac) hooks before the snapshot point, which each result reports.
 */
public final class ColdStartBenchmark {

    private final FunctionRunner runner;
    private final Integer memoryMb;

    /** {@code memoryMb} null keeps each function's memory from template.yaml. */
    public ColdStartBenchmark(FunctionRunner runner, Integer memoryMb) {
        this.runner = runner;
        this.memoryMb = memoryMb;
    }

    /**
     * Runs every target {@code runs} times, reporting each result as it comes. First, {@code warmups}
     * uncounted runs of the first target, so that the measured runs do not share the two cores with
     * this JVM's own start-up (its JIT compiling the runner while the function initialises).
     */
    public List<ColdStartResult> run(List<ColdStartTarget> targets, int warmups, int runs,
                                     Consumer<ColdStartResult> progress) {
        for (int warmup = 1; warmup <= warmups && !targets.isEmpty(); warmup++) {
            ColdStartTarget first = targets.get(0);
            once(spec(first), first.event(), 0);
        }
        List<ColdStartResult> results = new ArrayList<>();
        for (ColdStartTarget target : targets) {
            FunctionSpec spec = spec(target);
            for (int run = 1; run <= runs; run++) {
                ColdStartResult result = once(spec, target.event(), run);
                results.add(result);
                progress.accept(result);
            }
        }
        return results;
    }

    private FunctionSpec spec(ColdStartTarget target) {
        return memoryMb == null ? target.spec() : target.spec().withMemoryMb(memoryMb);
    }

    private ColdStartResult once(FunctionSpec spec, String event, int run) {
        try (RunningFunction function = runner.start(spec)) {
            if (!function.isReady()) {
                return ColdStartResult.failed(spec.name(), run, "did not initialise: " + function.initError()
                        .map(error -> error.errorType() + ": " + error.errorMessage()).orElse("runtime exited"));
            }
            Optional<Duration> initCpu = function.cpuTime();
            long firstStart = System.nanoTime();
            InvocationResult first = function.invoke(event);
            Duration firstEvent = Duration.ofNanos(System.nanoTime() - firstStart);
            Optional<Duration> coldCpu = function.cpuTime();
            long secondStart = System.nanoTime();
            InvocationResult second = function.invoke(event);
            Duration secondEvent = Duration.ofNanos(System.nanoTime() - secondStart);
            String error = failure(first, "first").orElse(failure(second, "second").orElse(null));
            return new ColdStartResult(spec.name(), run, function.initDuration(), firstEvent, secondEvent,
                    function.snapshotDuration(), initCpu, coldCpu, Optional.ofNullable(error));
        } catch (RuntimeException e) {
            return ColdStartResult.failed(spec.name(), run, e.getMessage());
        }
    }

    private static Optional<String> failure(InvocationResult result, String which) {
        return result instanceof InvocationResult.Success ? Optional.empty()
                : Optional.of(which + " event: " + result);
    }
}
