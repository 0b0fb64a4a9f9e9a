package org.pdsa.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.pdsa.local.demo.DemoSession;
import org.pdsa.local.demo.RequestLedger;
import org.pdsa.local.demo.RequestLedger.Purpose;

/**
 * The demo benchmark's figures beside the targets: wall time from a cold start to the end, DynamoDB
 * requests per completed cycle (the jobs the engine ran, notifications included, counted per job type; and the
 * leads' task lists, forms and completions through the API), and handler time per job type.
 */
record DemoBenchReport(Duration total, Duration stackStart, Duration played, int cycles, Map<Purpose, Long> apiRequests,
                       Map<String, Long> apiCycleOperations, Map<String, Long> jobRequests,
                       Map<String, Map<String, Long>> jobOperations, Map<String, DemoHandlerTimes.Figures> handlers,
                       int valuesSubmitted, boolean asExpected) {

    static final Duration WALL_TARGET = Duration.ofSeconds(60);
    static final double REQUESTS_TARGET = 25;

    static DemoBenchReport of(DemoSession.Outcome o, DemoHandlerTimes times, Map<String, Long> jobRequests,
                              Map<String, Map<String, Long>> jobOperations, int valuesSubmitted) {
        RequestLedger ledger = o.ledger();
        Map<Purpose, Long> api = new EnumMap<>(Purpose.class);
        for (Purpose p : Purpose.values()) {
            api.put(p, ledger == null ? 0 : ledger.total(p));
        }
        return new DemoBenchReport(o.total(), o.stackStart(), o.played(), o.result() == null ? 0 : o.result().cycles().size(),
                api, ledger == null ? Map.of() : ledger.operations(Purpose.CYCLES), jobRequests, jobOperations,
                times.figures(), valuesSubmitted, o.asExpected());
    }

    long jobTotal() {
        return jobRequests.values().stream().mapToLong(Long::longValue).sum();
    }

    double jobsPerCycle() {
        return perCycle(jobTotal());
    }

    double apiPerCycle() {
        return perCycle(apiRequests.get(Purpose.CYCLES));
    }

    /** The target's figure: everything a completed cycle cost, the engine's jobs and the leads' API calls. */
    double perCycleTotal() {
        return perCycle(jobTotal() + apiRequests.get(Purpose.CYCLES));
    }

    double withSetupAndData() {
        return perCycle(jobTotal() + apiRequests.get(Purpose.CYCLES) + apiRequests.get(Purpose.SETUP)
                + apiRequests.get(Purpose.DATA));
    }

    private double perCycle(long requests) {
        return cycles == 0 ? Double.NaN : (double) requests / cycles;
    }

    void print(PrintStream out) {
        out.println();
        out.println("Demo benchmark (./pdsa bench demo): one run of ./pdsa demo, measured");
        out.printf("  %-62s %10s   %s%n", "", "measured", "target");
        out.printf("  %-62s %8.1f s   <= %d s %s%n", "wall time, cold start of the stack to the end of the demo",
                total.toMillis() / 1000.0, WALL_TARGET.toSeconds(), verdict(total.compareTo(WALL_TARGET) <= 0));
        out.printf("  %-62s %8.1f s%n", "  of which starting the stack (dynalite, engine, deploy, gateway)", stackStart.toMillis() / 1000.0);
        out.printf("  %-62s %8.1f s%n", "  of which playing " + cycles + " cycles over 16 weeks", played.toMillis() / 1000.0);
        out.printf("  %-62s %10.1f   <= %.0f %s%n", "DynamoDB requests per completed cycle: the engine's jobs",
                jobsPerCycle(), REQUESTS_TARGET, verdict(jobsPerCycle() <= REQUESTS_TARGET));
        out.printf("  %-62s%n", "  (fetch, analyse, store-decision, every notification incl. weekly reminders, learning)");
        out.printf("  %-62s %10.1f   <= %.0f %s%n", "  the same with the leads' task lists, forms and completions",
                perCycleTotal(), REQUESTS_TARGET, verdict(perCycleTotal() <= REQUESTS_TARGET));
        out.printf("  %-62s %10.1f%n", "  with registration, run start and every data submission too", withSetupAndData());
        out.printf("  API requests: setup %d, data submission %d (%d values), cycles %d %s; the demo's checks %d (not counted)%n",
                apiRequests.get(Purpose.SETUP), apiRequests.get(Purpose.DATA), valuesSubmitted,
                apiRequests.get(Purpose.CYCLES), apiCycleOperations, apiRequests.get(Purpose.CHECKS));
        out.println("  (a batch counts as one request; each job type has its own counter, the API another)");
        out.printf("  %-30s %6s %10s %10s %10s %9s  %s%n", "per job type", "jobs", "p50 ms", "max ms", "requests", "per job",
                "by operation");
        handlers.forEach((type, f) -> {
            long requests = jobRequests.getOrDefault(type, 0L);
            out.printf("  %-30s %6d %10.1f %10.1f %10d %9.1f  %s%n", type, f.jobs(), f.p50Millis(), f.maxMillis(), requests,
                    f.jobs() == 0 ? 0.0 : (double) requests / f.jobs(), jobOperations.getOrDefault(type, Map.of()));
        });
        out.println(asExpected ? "  the demo ended as expected" : "  THE DEMO DID NOT END AS EXPECTED: the figures describe a failed run");
    }

    ObjectNode json() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode()
                .put("wallSeconds", total.toMillis() / 1000.0).put("wallTargetSeconds", WALL_TARGET.toSeconds())
                .put("stackStartSeconds", stackStart.toMillis() / 1000.0).put("playedSeconds", played.toMillis() / 1000.0)
                .put("completedCycles", cycles)
                .put("dynamoRequestsPerCycle", perCycleTotal()).put("dynamoRequestsPerCycleTarget", REQUESTS_TARGET)
                .put("dynamoRequestsPerCycleJobs", jobsPerCycle()).put("dynamoRequestsPerCycleApi", apiPerCycle())
                .put("dynamoRequestsPerCycleWithSetupAndData", withSetupAndData())
                .put("valuesSubmitted", valuesSubmitted).put("asExpected", asExpected);
        root.set("apiRequestsByPurpose", json.valueToTree(apiRequests));
        root.set("apiCycleRequestsByOperation", json.valueToTree(apiCycleOperations));
        root.set("jobRequestsByType", json.valueToTree(jobRequests));
        root.set("jobRequestsByTypeAndOperation", json.valueToTree(jobOperations));
        root.set("handlers", json.valueToTree(handlers));
        return root;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }
}
