package org.pdsa.local.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./pdsa bench engine [--warmup S] [--measure S] [--anchors]}: the engine benchmark. */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Benchmark the local engine with the reference process (optionally against Operaton and Flowable).")
public final class EngineBenchCommand implements Runnable {

    @Option(names = "--warmup", defaultValue = "10", description = "warm-up seconds (default 10; 120 for the real comparison)")
    int warmup;

    @Option(names = "--measure", defaultValue = "30", description = "measured window in seconds (default 30)")
    int measure;

    @Option(names = "--blocking-complete", description = "handlers wait for each completion's answer (default: asynchronous)")
    boolean blockingComplete;

    @Option(names = "--anchors", description = "also build and run shared/anchors (Operaton, Flowable) in the same sitting")
    boolean anchors;

    @Option(names = "--anchors-dir", defaultValue = "../shared/anchors", description = "where the anchors are (default ../shared/anchors)")
    String anchorsDir;

    @Override
    public void run() {
        try {
            BenchReport.run(warmup, measure, blockingComplete, anchors ? java.nio.file.Path.of(anchorsDir) : null);
        } catch (Exception e) {
            throw new IllegalStateException("the benchmark failed: " + e.getMessage(), e);
        }
    }
}
