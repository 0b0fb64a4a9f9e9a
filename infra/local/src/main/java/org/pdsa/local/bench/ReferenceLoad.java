package org.pdsa.local.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pdsa.local.engine.JobLatency;

/**
 * Phase 1: the reference process under the anchors' load, through the real client. An instance
 * counts when the engine acknowledged the completion of its last job (B or C) inside the window;
 * its latency runs from the starter's call to that acknowledgement.
 */
final class ReferenceLoad {
    /** What the window measured. */
    record Result(long completed, double seconds, long[] latenciesNanos, double jobP50, double jobP99, long jobsRecorded, long batches,
                  long errors, long wrongRoutes, long stuck, double cpuCores) {}

    private static final long UNSET = Long.MIN_VALUE;
    private final CamundaClient client;
    private final JobLatency jobLatency;
    private final BenchSettings settings;
    private final ConcurrentHashMap<Long, long[]> unfinished = new ConcurrentHashMap<>();
    private final Semaphore inFlight;
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong wrong = new AtomicLong();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private volatile boolean starting = true;

    ReferenceLoad(CamundaClient client, JobLatency jobLatency, BenchSettings settings) {
        this.client = client;
        this.jobLatency = jobLatency;
        this.settings = settings;
        this.inFlight = new Semaphore(settings.inFlight());
    }

    Result run() throws InterruptedException {
        List<JobWorker> workers = List.of(worker("A"), worker("B"), worker("C"));
        ExecutorService starters = Executors.newFixedThreadPool(settings.starters());
        AtomicLong sequence = new AtomicLong();
        for (int i = 0; i < settings.starters(); i++) {
            starters.submit(() -> {
                while (starting) {
                    if (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) continue;
                    int x = sequence.getAndIncrement() % 2 == 0 ? 3 : 7;
                    long t0 = System.nanoTime();
                    try {
                        long key = client.newCreateInstanceCommand().bpmnProcessId("reference").latestVersion()
                                .variables(Map.of("x", x)).send().join().getProcessInstanceKey();
                        pair(key, 0, t0);
                    } catch (RuntimeException e) {
                        inFlight.release();
                        note(e);
                    }
                }
                return null;
            });
        }
        Thread.sleep(settings.warmupSeconds() * 1000L);
        long cpuBefore = Machine.processCpuNanos();
        jobLatency.reset();
        windowStart = System.nanoTime();
        Thread.sleep(settings.measureSeconds() * 1000L);
        windowEnd = System.nanoTime();
        double cores = (Machine.processCpuNanos() - cpuBefore) / (double) (windowEnd - windowStart);
        double jobP50 = jobLatency.percentileMillis(0.50);
        double jobP99 = jobLatency.percentileMillis(0.99);
        long jobs = jobLatency.count();
        long batches = jobLatency.batches();
        starting = false;
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!unfinished.isEmpty() && System.nanoTime() < drainDeadline) Thread.sleep(10);
        starters.shutdown();
        starters.awaitTermination(1, TimeUnit.MINUTES);
        workers.forEach(JobWorker::close);
        long[] sorted;
        synchronized (latencies) {
            sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return new Result(sorted.length, (windowEnd - windowStart) / 1e9, sorted, jobP50, jobP99, jobs, batches, errors.get(),
                wrong.get(), unfinished.size(), cores);
    }

    private JobWorker worker(String type) {
        return client.newWorker().jobType(type).handler((jobClient, job) -> handle(type, jobClient, job))
                .maxJobsActive(settings.maxJobsPerActivation())
                // the anchors' workers sleep 1 ms when a fetch came back empty; the client's default is 100 ms
                .pollInterval(java.time.Duration.ofMillis(1)).open();
    }

    /** The anchors' business logic: A returns y = 2x; B and C check the route and y. */
    private void handle(String type, JobClient jobClient, ActivatedJob job) {
        Map<String, Object> vars = job.getVariablesAsMap();
        int x = ((Number) vars.get("x")).intValue();
        Map<String, Object> out = Map.of();
        if (type.equals("A")) {
            out = Map.of("y", 2 * x);
        } else {
            Object y = vars.get("y");
            if (!type.equals(x > 5 ? "B" : "C") || !(y instanceof Number n) || n.intValue() != 2 * x) wrong.incrementAndGet();
        }
        long instance = job.getProcessInstanceKey();
        boolean last = !type.equals("A");
        var completion = jobClient.newCompleteCommand(job).variables(out).send();
        if (settings.blockingComplete()) {
            try {
                completion.join();
                if (last) pair(instance, 1, System.nanoTime());
            } catch (RuntimeException e) {
                note(e);
            }
        } else {
            completion.whenComplete((ok, error) -> {
                if (error != null) note(error);
                else if (last) pair(instance, 1, System.nanoTime());
            });
        }
    }

    /** Whichever of start and end arrives second closes the pair (an end can beat the starter's put). */
    private void pair(long instance, int slot, long now) {
        unfinished.compute(instance, (k, times) -> {
            if (times == null) times = new long[] {UNSET, UNSET};
            times[slot] = now;
            if (times[0] == UNSET || times[1] == UNSET) return times;
            inFlight.release();
            if (times[1] >= windowStart && times[1] < windowEnd) latencies.add(times[1] - times[0]);
            return null;
        });
    }

    private final ConcurrentHashMap<String, Boolean> reported = new ConcurrentHashMap<>();

    private void note(Throwable e) {
        errors.incrementAndGet();
        String kind = e.getClass().getSimpleName();
        if (reported.putIfAbsent(kind, true) == null) System.err.println("    first " + kind + ": " + e.getMessage());
    }
}
