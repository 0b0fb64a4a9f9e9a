package org.pdsa.local.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.pdsa.store.RequestCounter;

/**
 * Charges the product's DynamoDB requests (the stack's {@link RequestCounter}: the API's handlers and the job
 * workers share it) to what the demo was doing when they were made. The demo only charges work it waited to
 * finish (the engine settled), so nothing of one step leaks into the next.
 */
public final class RequestLedger {

    /** What the requests were for. */
    public enum Purpose {
        /** Registering the programme and starting the run. */
        SETUP,
        /** Providers submitting measurements (the baseline and each week's values). */
        DATA,
        /** Running the cycles: task lists, forms and completions by the leads, every job the engine ran. */
        CYCLES,
        /** The demo reading results back to check them (not product work). */
        CHECKS
    }

    private final RequestCounter counter;
    private final Map<Purpose, Long> charged = new LinkedHashMap<>();
    private final Map<Purpose, Map<String, Long>> operations = new LinkedHashMap<>();

    public RequestLedger(RequestCounter counter) {
        this.counter = counter;
    }

    /** Runs {@code work} and charges the requests made meanwhile to {@code purpose}. */
    public synchronized void charge(Purpose purpose, Runnable work) {
        Map<String, Long> before = counter.counts();
        try {
            work.run();
        } finally {
            Map<String, Long> after = counter.counts();
            Map<String, Long> ops = operations.computeIfAbsent(purpose, p -> new TreeMap<>());
            after.forEach((op, n) -> {
                long delta = n - before.getOrDefault(op, 0L);
                if (delta > 0) {
                    ops.merge(op, delta, Long::sum);
                    charged.merge(purpose, delta, Long::sum);
                }
            });
        }
    }

    public synchronized long total(Purpose purpose) {
        return charged.getOrDefault(purpose, 0L);
    }

    /** Requests per DynamoDB operation charged to {@code purpose}. */
    public synchronized Map<String, Long> operations(Purpose purpose) {
        return Map.copyOf(operations.getOrDefault(purpose, Map.of()));
    }

    /** Everything the product did, checks excluded. */
    public synchronized long productTotal() {
        return charged.entrySet().stream().filter(e -> e.getKey() != Purpose.CHECKS).mapToLong(Map.Entry::getValue).sum();
    }
}
