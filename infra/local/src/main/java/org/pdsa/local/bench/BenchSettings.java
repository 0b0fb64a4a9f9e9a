package org.pdsa.local.bench;

import java.util.List;

/**
 * The load, mirroring shared/anchors' Bench: 4 starters, at most 64 unfinished instances, 2 worker
 * execution threads, up to 32 jobs per activation, warm-up then a measured window, 10,000 waiting
 * instances. Workers poll again 1 ms after an empty or short poll, as the anchors' workers sleep
 * 1 ms when nothing was fetched (the client's default is 100 ms). {@code blockingComplete} makes handlers wait for each completion's answer instead of
 * sending it asynchronously. The JVM flags are used for our child JVM and for the anchors alike.
 */
public record BenchSettings(int warmupSeconds, int measureSeconds, int starters, int inFlight, int workerThreads,
                            int maxJobsPerActivation, int waiting, boolean blockingComplete) {

    /** Heap and GC for every measured JVM (ours and the anchors'), so they compare like with like. */
    public static final List<String> JVM_FLAGS = List.of("-Xms2g", "-Xmx2g", "-XX:+UseG1GC");

    public static BenchSettings defaults() {
        return new BenchSettings(10, 30, 4, 64, 2, 32, 10_000, false);
    }

    public List<String> asArgs() {
        return List.of(String.valueOf(warmupSeconds), String.valueOf(measureSeconds), String.valueOf(starters),
                String.valueOf(inFlight), String.valueOf(workerThreads), String.valueOf(maxJobsPerActivation),
                String.valueOf(waiting), String.valueOf(blockingComplete));
    }

    public static BenchSettings fromArgs(List<String> a) {
        return new BenchSettings(Integer.parseInt(a.get(0)), Integer.parseInt(a.get(1)), Integer.parseInt(a.get(2)),
                Integer.parseInt(a.get(3)), Integer.parseInt(a.get(4)), Integer.parseInt(a.get(5)), Integer.parseInt(a.get(6)),
                Boolean.parseBoolean(a.get(7)));
    }
}
