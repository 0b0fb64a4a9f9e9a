package org.pdsa.workers;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How long handlers took, per job type (count and total): what the benchmark prints. */
public final class HandlerTimes {

    /** One job type's figures. */
    public record Figures(long jobs, long totalNanos) {
        public double meanMillis() {
            return jobs == 0 ? 0 : totalNanos / 1e6 / jobs;
        }
    }

    private final Map<String, LongAdder[]> byType = new ConcurrentHashMap<>();

    void record(String type, long nanos) {
        LongAdder[] adders = byType.computeIfAbsent(type, t -> new LongAdder[] {new LongAdder(), new LongAdder()});
        adders[0].increment();
        adders[1].add(nanos);
    }

    /** The figures so far, by job type. */
    public Map<String, Figures> snapshot() {
        Map<String, Figures> figures = new TreeMap<>();
        byType.forEach((type, a) -> figures.put(type, new Figures(a[0].sum(), a[1].sum())));
        return figures;
    }
}
