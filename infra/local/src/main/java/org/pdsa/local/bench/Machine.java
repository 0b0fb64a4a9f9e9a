package org.pdsa.local.bench;

import java.lang.management.ManagementFactory;

/** Process CPU time and live heap, as the anchors measure them. */
final class Machine {
    private Machine() {}

    static long processCpuNanos() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime();
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double percentileMillis(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) return Double.NaN;
        return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1)] / 1e6;
    }
}
