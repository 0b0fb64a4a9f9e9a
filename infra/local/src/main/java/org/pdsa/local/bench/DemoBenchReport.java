package org.pdsa.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.pdsa.local.demo.DemoSession;
import org.pdsa.local.demo.RequestLedger;
import org.pdsa.local.demo.RequestLedger.Purpose;

/**
 * The demo benchmark's figures beside the targets: wall time from a cold start to the end, DynamoDB
 * requests per completed cycle (the cycles' own work, and everything the product did including setup and data
 * submission), and handler time per job type.
 */
record DemoBenchReport(Duration total, Duration stackStart, Duration played, int cycles, Map<Purpose, Long> requests,
                       Map<String, Long> cycleOperations, Map<String, DemoHandlerTimes.Figures> handlers,
                       int valuesSubmitted, boolean asExpected) {

    static final Duration WALL_TARGET = Duration.ofSeconds(60);
    static final double REQUESTS_TARGET = 25;

    static DemoBenchReport of(DemoSession.Outcome o, DemoHandlerTimes times, int valuesSubmitted) {
        RequestLedger ledger = o.ledger();
        Map<Purpose, Long> requests = new java.util.EnumMap<>(Purpose.class);
        for (Purpose p : Purpose.values()) {
            requests.put(p, ledger == null ? 0 : ledger.total(p));
        }
        return new DemoBenchReport(o.total(), o.stackStart(), o.played(), o.result() == null ? 0 : o.result().cycles().size(),
                requests, ledger == null ? Map.of() : ledger.operations(Purpose.CYCLES), times.figures(), valuesSubmitted,
                o.asExpected());
    }

    double cycleRequestsPerCycle() {
        return cycles == 0 ? Double.NaN : (double) requests.get(Purpose.CYCLES) / cycles;
    }

    double productRequestsPerCycle() {
        return cycles == 0 ? Double.NaN : (double) (requests.get(Purpose.SETUP) + requests.get(Purpose.DATA)
                + requests.get(Purpose.CYCLES)) / cycles;
    }

    void print(PrintStream out) {
        out.println();
        out.println("Demo benchmark (./pdsa bench demo): one run of ./pdsa demo, measured");
        out.printf("  %-58s %10s   %s%n", "", "measured", "target");
        out.printf("  %-58s %8.1f s   <= %d s %s%n", "wall time, cold start of the stack to the end of the demo",
                total.toMillis() / 1000.0, WALL_TARGET.toSeconds(), verdict(total.compareTo(WALL_TARGET) <= 0));
        out.printf("  %-58s %8.1f s%n", "  of which starting the stack (dynalite, engine, deploy, gateway)", stackStart.toMillis() / 1000.0);
        out.printf("  %-58s %8.1f s%n", "  of which playing " + cycles + " cycles over 16 weeks", played.toMillis() / 1000.0);
        out.printf("  %-58s %10.1f   <= %.0f %s%n", "DynamoDB requests per completed cycle (the cycles' work)",
                cycleRequestsPerCycle(), REQUESTS_TARGET, verdict(cycleRequestsPerCycle() <= REQUESTS_TARGET));
        out.printf("  %-58s %10.1f%n", "  with setup and every data submission counted too", productRequestsPerCycle());
        out.printf("  requests: setup %d, data submission %d (%d values), cycles %d; the demo's own checks %d (not counted)%n",
                requests.get(Purpose.SETUP), requests.get(Purpose.DATA), valuesSubmitted, requests.get(Purpose.CYCLES),
                requests.get(Purpose.CHECKS));
        out.println("  the cycles' requests by operation: " + cycleOperations);
        out.println("  (cycles' work = the leads' task lists, forms and completions through the API, every job the engine");
        out.println("   ran for the cycles: notifications incl. weekly reminders, fetch, analyse, store-decision, and the");
        out.println("   programme's compile-learning and share-learning; a batch counts as one request)");
        out.printf("  %-34s %6s %10s %10s%n", "handler time per job type", "jobs", "p50 ms", "max ms");
        handlers.forEach((type, f) -> out.printf("  %-34s %6d %10.1f %10.1f%n", type, f.jobs(), f.p50Millis(), f.maxMillis()));
        out.println(asExpected ? "  the demo ended as expected" : "  THE DEMO DID NOT END AS EXPECTED: the figures describe a failed run");
    }

    ObjectNode json() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode()
                .put("wallSeconds", total.toMillis() / 1000.0).put("wallTargetSeconds", WALL_TARGET.toSeconds())
                .put("stackStartSeconds", stackStart.toMillis() / 1000.0).put("playedSeconds", played.toMillis() / 1000.0)
                .put("completedCycles", cycles)
                .put("dynamoRequestsPerCycle", cycleRequestsPerCycle()).put("dynamoRequestsPerCycleTarget", REQUESTS_TARGET)
                .put("dynamoRequestsPerCycleWithSetupAndData", productRequestsPerCycle())
                .put("valuesSubmitted", valuesSubmitted).put("asExpected", asExpected);
        root.set("dynamoRequestsByPurpose", json.valueToTree(requests));
        root.set("cycleRequestsByOperation", json.valueToTree(cycleOperations));
        root.set("handlers", json.valueToTree(handlers));
        return root;
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }
}
