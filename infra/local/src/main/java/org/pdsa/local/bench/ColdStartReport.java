package org.pdsa.local.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints cold-start results as a table, with each function's medians beside the target. */
public final class ColdStartReport {

    /** Issue 4's target: init plus the first event within one second, without SnapStart. */
    public static final Duration TARGET = Duration.ofSeconds(1);

    /** The function column, wide enough for the longest function name with its A/B label. */
    private static final String NAME = "%-29s";
    private static final String ROW = NAME + " %6s %9s %10s %10s %12s %9s %13s %s%n";

    private final PrintStream out;
    private final boolean snapStart;

    public ColdStartReport(PrintStream out, boolean snapStart) {
        this.out = out;
        this.snapStart = snapStart;
    }

    public void header() {
        out.printf(ROW, "function", "run", "init ms", "1st ev ms", "2nd ev ms", "init+1st ms", "init cpu",
                "init+1st cpu", snapStart ? "snapshot ms" : "");
    }

    public void row(ColdStartResult result) {
        if (result.error().isPresent()) {
            out.printf(NAME + " %6d FAILED: %s%n", result.function(), result.run(), result.error().get());
            return;
        }
        out.printf(ROW, result.function(), result.run(), ms(result.init()), ms(result.firstEvent()),
                ms(result.secondEvent()), ms(result.coldResponse()), result.initCpu().map(this::ms).orElse("-"),
                result.coldCpu().map(this::ms).orElse("-"), result.snapshot().map(this::ms).orElse(""));
    }

    /** One line per function: the medians of its successful runs, and the target verdict. */
    public void summary(List<ColdStartResult> results) {
        Map<String, List<ColdStartResult>> byFunction = results.stream()
                .filter(result -> result.error().isEmpty())
                .collect(Collectors.groupingBy(ColdStartResult::function, LinkedHashMap::new, Collectors.toList()));
        byFunction.forEach((function, runs) -> {
            Duration cold = median(runs, ColdStartResult::coldResponse);
            // with SnapStart, init and priming happen once when the version is published; the target is for
            // starts without it, and a restore from the snapshot needs a CRaC JVM, which this bench does not run
            String verdict = snapStart
                    ? "snapshot at " + ms(median(runs, run -> run.snapshot().orElse(Duration.ZERO)))
                            + " ms (paid at publish; restore not measured)"
                    : (cold.compareTo(TARGET) <= 0 ? "met" : "MISSED") + " (target init+1st <= " + TARGET.toMillis()
                            + " ms)";
            out.printf(ROW, function, "median", ms(median(runs, ColdStartResult::init)),
                    ms(median(runs, ColdStartResult::firstEvent)), ms(median(runs, ColdStartResult::secondEvent)),
                    ms(cold), ms(median(runs, run -> run.initCpu().orElse(Duration.ZERO))),
                    ms(median(runs, run -> run.coldCpu().orElse(Duration.ZERO))), verdict);
        });
    }

    /**
     * One line per function compared: the median of the paired differences B - A (init + first event, wall
     * and CPU), and in how many pairs B answered sooner. Pairs where either run failed are left out and counted.
     */
    public void comparison(List<ColdStartPair> pairs) {
        Map<String, List<ColdStartPair>> byFunction = pairs.stream()
                .collect(Collectors.groupingBy(ColdStartPair::function, LinkedHashMap::new, Collectors.toList()));
        byFunction.forEach((function, runs) -> {
            List<Duration> wall = runs.stream().flatMap(pair -> pair.coldResponseDifference().stream()).toList();
            List<Duration> cpu = runs.stream().flatMap(pair -> pair.coldCpuDifference().stream()).toList();
            if (wall.isEmpty()) {
                out.printf(NAME + " B - A: no pair where both runs answered%n", function);
                return;
            }
            long bFaster = wall.stream().filter(Duration::isNegative).count();
            out.printf(NAME + " B - A init+1st: median %s ms, B sooner in %d of %d pairs; CPU median %s ms%s%n",
                    function, signedMs(medianOf(wall)), bFaster, wall.size(),
                    cpu.isEmpty() ? "-" : signedMs(medianOf(cpu)),
                    wall.size() < runs.size() ? " (" + (runs.size() - wall.size()) + " failed pair(s) left out)" : "");
        });
    }

    static Duration median(List<ColdStartResult> runs, Function<ColdStartResult, Duration> measure) {
        return medianOf(runs.stream().map(measure).toList());
    }

    static Duration medianOf(List<Duration> values) {
        List<Duration> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    private String signedMs(Duration duration) {
        return (duration.isNegative() ? "" : "+") + ms(duration);
    }

    private String ms(Duration duration) {
        return String.format("%.1f", duration.toNanos() / 1_000_000.0);
    }
}
