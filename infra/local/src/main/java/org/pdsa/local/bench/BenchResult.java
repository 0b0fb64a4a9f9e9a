package org.pdsa.local.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The figures one benchmark run produced (ours or an anchor's), as printed and compared. */
public record BenchResult(double instancesPerSecond, double instanceP50Ms, double instanceP99Ms, double jobP50Ms,
                          double jobP99Ms, long errors, long wrongRoutes, long waitingHeapMb, double restartSeconds,
                          long waitingCounted) {

    String format() {
        return String.format(Locale.ROOT, "ips=%.1f p50=%.2f p99=%.2f jp50=%.2f jp99=%.2f errors=%d wrong=%d heap=%d restart=%.3f counted=%d",
                instancesPerSecond, instanceP50Ms, instanceP99Ms, jobP50Ms, jobP99Ms, errors, wrongRoutes, waitingHeapMb,
                restartSeconds, waitingCounted);
    }

    static BenchResult parse(String line) {
        Map<String, String> f = new HashMap<>();
        for (String part : line.trim().split("\\s+")) {
            int eq = part.indexOf('=');
            f.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return new BenchResult(Double.parseDouble(f.get("ips")), Double.parseDouble(f.get("p50")), Double.parseDouble(f.get("p99")),
                Double.parseDouble(f.get("jp50")), Double.parseDouble(f.get("jp99")), Long.parseLong(f.get("errors")),
                Long.parseLong(f.get("wrong")), Long.parseLong(f.get("heap")), Double.parseDouble(f.get("restart")),
                Long.parseLong(f.get("counted")));
    }
}
