package org.pdsa.local.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        warmUp(targets, warmups);
        List<ColdStartResult> results = new ArrayList<>();
        for (ColdStartTarget target : targets) {
            FunctionSpec spec = spec(target);
            for (int run = 1; run <= runs; run++) {
                ColdStartResult result = once(spec, spec.name(), target.event(), run);
                results.add(result);
                progress.accept(result);
            }
        }
        return results;
    }

    /**
     * Runs every target {@code runs} times from its own package (A) and from {@code candidate} (B), back to
     * back on the same stack: A then B on odd runs, B then A on even ones, so that a machine speeding up or
     * slowing down during the sitting weighs on both alike. Results are named {@code "<function> A"} and
     * {@code "<function> B"}.
     */
    public List<ColdStartPair> compare(List<ColdStartTarget> targets, Path candidate, int warmups, int runs,
                                       Consumer<ColdStartResult> progress) {
        warmUp(targets, warmups);
        List<ColdStartPair> pairs = new ArrayList<>();
        for (ColdStartTarget target : targets) {
            FunctionSpec a = spec(target);
            FunctionSpec b = a.withArtifact(candidate);
            for (int run = 1; run <= runs; run++) {
                Map<String, ColdStartResult> byVariant = new HashMap<>();
                for (String variant : run % 2 == 1 ? List.of("A", "B") : List.of("B", "A")) {
                    FunctionSpec spec = variant.equals("A") ? a : b;
                    ColdStartResult result = once(spec, spec.name() + " " + variant, target.event(), run);
                    progress.accept(result);
                    byVariant.put(variant, result);
                }
                pairs.add(new ColdStartPair(a.name(), run, byVariant.get("A"), byVariant.get("B")));
            }
        }
        return pairs;
    }

    private void warmUp(List<ColdStartTarget> targets, int warmups) {
        for (int warmup = 1; warmup <= warmups && !targets.isEmpty(); warmup++) {
            ColdStartTarget first = targets.get(0);
            FunctionSpec spec = spec(first);
            once(spec, spec.name(), first.event(), 0);
        }
    }

    private FunctionSpec spec(ColdStartTarget target) {
        return memoryMb == null ? target.spec() : target.spec().withMemoryMb(memoryMb);
    }

    private ColdStartResult once(FunctionSpec spec, String label, String event, int run) {
        try (RunningFunction function = runner.start(spec)) {
            if (!function.isReady()) {
                return ColdStartResult.failed(label, run, "did not initialise: " + function.initError()
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
            return new ColdStartResult(label, run, function.initDuration(), firstEvent, secondEvent,
                    function.snapshotDuration(), initCpu, coldCpu, Optional.ofNullable(error));
        } catch (RuntimeException e) {
            return ColdStartResult.failed(label, run, e.getMessage());
        }
    }

    private static Optional<String> failure(InvocationResult result, String which) {
        return result instanceof InvocationResult.Success ? Optional.empty()
                : Optional.of(which + " event: " + result);
    }
}
