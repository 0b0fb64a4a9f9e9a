package org.pdsa.local.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Runs our benchmark (and optionally the anchors) and prints the figures side by side with the targets. */
public final class BenchReport {
    private BenchReport() {}

    public static void run(int warmup, int measure, boolean blockingComplete, Path anchors) throws Exception {
        BenchSettings d = BenchSettings.defaults();
        BenchSettings settings = new BenchSettings(warmup, measure, d.starters(), d.inFlight(), d.workerThreads(),
                d.maxJobsPerActivation(), d.waiting(), blockingComplete);
        System.out.println("engine benchmark: " + EngineBench.jvmDescription());
        System.out.printf("load: %d starters (<= %d unfinished), %d worker threads (<= %d jobs per activation), %s completion,"
                        + " warm-up %d s, measured %d s%n", settings.starters(), settings.inFlight(), settings.workerThreads(),
                settings.maxJobsPerActivation(), blockingComplete ? "blocking" : "asynchronous", warmup, measure);
        BenchResult ours = EngineBench.runChild(settings);
        if (ours == null) throw new IllegalStateException("the engine benchmark produced no result");
        System.out.println();
        System.out.printf(Locale.ROOT, "pdsa engine: %.0f instances/s (target >= 1500), instance p50 %.1f ms p99 %.1f ms,"
                        + " job latency p50 %.2f ms p99 %.2f ms (target p99 <= 20), errors %d, wrong routes %d%n",
                ours.instancesPerSecond(), ours.instanceP50Ms(), ours.instanceP99Ms(), ours.jobP50Ms(), ours.jobP99Ms(),
                ours.errors(), ours.wrongRoutes());
        System.out.printf(Locale.ROOT, "pdsa engine: %d waiting instances in %d MB live heap (target <= 128),"
                        + " fresh JVM serves them after %.2f s (target <= 5)%n",
                ours.waitingCounted(), ours.waitingHeapMb(), ours.restartSeconds());
        if (anchors == null) return;
        Map<String, BenchResult> theirs = AnchorsRun.run(anchors, settings);
        System.out.println();
        for (Map.Entry<String, BenchResult> e : theirs.entrySet()) {
            BenchResult t = e.getValue();
            System.out.printf(Locale.ROOT, "vs %-18s: %.0f/s -> ratio %.2fx; heap %d MB -> %.2fx; restart %.2f s (in-JVM) -> %.2fx%n",
                    e.getKey(), t.instancesPerSecond(), ours.instancesPerSecond() / t.instancesPerSecond(), t.waitingHeapMb(),
                    ours.waitingHeapMb() / (double) Math.max(1, t.waitingHeapMb()), t.restartSeconds(),
                    ours.restartSeconds() / t.restartSeconds());
        }
    }
}
