package org.pdsa.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;

/**
 * Every handler call's duration per job type, for the demo benchmark's p50 and max (the workers' own
 * {@code HandlerTimes} keeps only counts and totals). {@link #timed} wraps a handler to record its calls.
 */
public final class DemoHandlerTimes {

    /** One job type's figures, in milliseconds. */
    public record Figures(int jobs, double p50Millis, double maxMillis, double totalMillis) {
    }

    private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();

    /** {@code handler}, recording how long each call takes. */
    public JobHandler timed(JobHandler handler) {
        return new JobHandler() {
            @Override
            public String type() {
                return handler.type();
            }

            @Override
            public JobOutcome handle(Job job) {
                long started = System.nanoTime();
                try {
                    return handler.handle(job);
                } finally {
                    record(handler.type(), System.nanoTime() - started);
                }
            }
        };
    }

    void record(String type, long nanos) {
        List<Long> list = samples.computeIfAbsent(type, t -> new ArrayList<>());
        synchronized (list) {
            list.add(nanos);
        }
    }

    /** Figures per job type, by type name. */
    public Map<String, Figures> figures() {
        Map<String, Figures> out = new TreeMap<>();
        samples.forEach((type, list) -> {
            long[] sorted;
            synchronized (list) {
                sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            long total = 0;
            for (long n : sorted) {
                total += n;
            }
            out.put(type, new Figures(sorted.length, Machine.percentileMillis(sorted, 0.5),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, total / 1e6));
        });
        return out;
    }
}
